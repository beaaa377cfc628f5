/**
 * Shows the reader's progress wherever the page has a place for it: a mark on finished chapters
 * in the sidebar, a progress line on each course-map card, and (on a chapter page) notes that the
 * reader reached the end. Re-renders whenever the data changes, in this tab or another.
 */
import { currentScore, isFinished, type ChapterRecord } from './records';
import { studyStore } from './store';

/** Written into every page by src/components/shell/MarkdownContent.astro. */
interface CourseChapter {
	slug: string;
	title: string;
	quiz: number;
	demos: number;
}

function course(): CourseChapter[] {
	const data = document.getElementById('study-course')?.textContent;
	return data ? (JSON.parse(data) as CourseChapter[]) : [];
}

export function describeProgress(chapter: CourseChapter, record: ChapterRecord): string {
	const parts: string[] = [];
	if (record.readAt) parts.push('Read');
	if (chapter.demos > 0 && record.demosRun.length > 0)
		parts.push(`${Math.min(record.demosRun.length, chapter.demos)} of ${chapter.demos} demos run`);
	const answered = Object.keys(record.answers).length;
	if (chapter.quiz > 0 && answered > 0) {
		parts.push(`quiz ${currentScore(record)}/${chapter.quiz} (best ${record.bestScore})`);
	}
	return parts.join(' · ');
}

function render(chapters: CourseChapter[], records: Map<string, ChapterRecord>) {
	for (const chapter of chapters) {
		const record = records.get(chapter.slug);
		const finished = record ? isFinished(record, chapter.quiz) : false;
		for (const link of document.querySelectorAll<HTMLAnchorElement>(
			`#starlight__sidebar a[href="/${chapter.slug}/"]`,
		)) {
			link.toggleAttribute('data-finished', finished);
			let note = link.querySelector('.study-finished');
			if (finished && !note) {
				note = document.createElement('span');
				note.className = 'study-finished';
				note.textContent = ' (finished)';
				link.append(note);
			} else if (!finished) note?.remove();
		}
		const line = document.querySelector<HTMLElement>(
			`.chapter-card[data-chapter="${chapter.slug}"] .chapter-progress`,
		);
		if (line) {
			const text = record ? describeProgress(chapter, record) : '';
			line.hidden = !text;
			line.textContent = finished ? `Finished · ${text}` : text;
			line.toggleAttribute('data-finished', finished);
		}
	}
}

export async function showProgress(): Promise<void> {
	const chapters = course();
	const store = await studyStore().catch(() => null);
	if (!store) return; // storage blocked: pages simply show no progress
	const update = async () => {
		const records = new Map((await store.chapters()).map((r) => [r.slug, r]));
		render(chapters, records);
	};
	store.subscribe(() => void update());
	await update();

	// Reaching the end of a chapter marks it read.
	const end = document.querySelector<HTMLElement>('[data-study-end]');
	if (end) {
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				observer.disconnect();
				void store.markRead(end.dataset.studyEnd!);
			}
		});
		observer.observe(end);
	}
}
