/**
 * The review page: today's due cards, one at a time. The reader answers (or recalls), sees the
 * feedback, then rates how well they knew it; each rating button shows when the card would come
 * back. Counts of due, not-yet-answered and learned cards stay current. Also export and import.
 */
import { enhanceQuizItem } from './quiz-item';
import { formatInterval, isLearned, previewIntervals, RATINGS, type RatingName } from './scheduler';
import { ImportError, studyStore, type StudyStore } from './store';
import type { CardRecord } from './records';

const RATING_LABELS: Record<RatingName, string> = {
	again: 'Again',
	hard: 'Hard',
	good: 'Good',
	easy: 'Easy',
};

function template(id: string): HTMLTemplateElement | null {
	return document.querySelector<HTMLTemplateElement>(
		`template[data-review-item="${CSS.escape(id)}"]`,
	);
}

export async function startReview(): Promise<void> {
	const section = document.querySelector<HTMLElement>('[data-review]');
	if (!section) return;
	section.querySelector('.review-needs-js')?.remove();
	const status = section.querySelector<HTMLElement>('.review-status')!;
	const stage = section.querySelector<HTMLElement>('.review-stage')!;
	let store: StudyStore;
	try {
		store = await studyStore();
	} catch {
		status.textContent =
			'This browser is not letting the site store data (private mode or blocked storage), so there is nothing to review.';
		return;
	}
	setUpStudyData(store);
	const counts = section.querySelector<HTMLElement>('.review-counts')!;
	counts.hidden = false;
	const total = Number(section.dataset.total);
	let current: string | null = null;

	const showNext = async () => {
		const now = new Date();
		const cards = (await store.cards()).filter((card) => template(card.id));
		// Cards of removed questions have no template; they are neither due nor counted.
		const due = cards
			.filter((card) => card.dueMs <= now.getTime())
			.sort((a, b) => a.dueMs - b.dueMs);
		setCount(counts, 'due', due.length);
		setCount(counts, 'new', Math.max(0, total - cards.length));
		setCount(counts, 'learned', cards.filter((card) => isLearned(card.card)).length);
		if (store.problems.length)
			status.textContent = `${store.problems.length} saved record(s) could not be read and were skipped.`;
		const next = due[0];
		if (!next) {
			current = null;
			stage.replaceChildren(emptyState(cards, now));
			return;
		}
		if (next.id === current) return;
		current = next.id;
		stage.replaceChildren(cardView(next, store, () => void showNext()));
	};
	store.subscribe(() => {
		// Another tab (or this page's import) changed the data: refresh counts, keep the open card.
		void showNext();
	});
	await showNext();
}

function setCount(counts: HTMLElement, name: string, value: number) {
	counts.querySelector(`[data-count="${name}"]`)!.textContent = String(value);
}

function emptyState(cards: CardRecord[], now: Date): HTMLElement {
	const box = document.createElement('div');
	box.className = 'review-empty';
	const p = document.createElement('p');
	if (cards.length === 0) {
		p.innerHTML =
			'Nothing to review yet. Answer the questions at the end of a chapter (start with <a href="/git/#check-yourself">Git</a>) and they will come back here when they are due.';
	} else {
		const soonest = Math.min(...cards.map((card) => card.dueMs));
		p.textContent = `All caught up. The next question is due in ${formatInterval(soonest - now.getTime())}.`;
	}
	box.append(p);
	return box;
}

function cardView(record: CardRecord, store: StudyStore, done: () => void): HTMLElement {
	const source = template(record.id)!;
	const view = document.createElement('article');
	view.className = 'review-card';
	const from = document.createElement('p');
	from.className = 'review-from';
	const link = document.createElement('a');
	link.href = `/${source.dataset.chapter}/#check-yourself`;
	link.textContent = source.dataset.chapterTitle ?? source.dataset.chapter ?? '';
	from.append('From ', link);
	const form = source.content.firstElementChild!.cloneNode(true) as HTMLFormElement;
	const ratings = document.createElement('div');
	ratings.className = 'review-ratings';
	ratings.setAttribute('role', 'group');
	ratings.setAttribute('aria-label', 'How well did you know it?');
	ratings.hidden = true;
	view.append(from, form, ratings);

	enhanceQuizItem(form, {
		selfRate: false,
		onResult: (result) => {
			const now = new Date();
			const intervals = previewIntervals(record.card, now);
			const suggested: RatingName =
				result.correct === null ? 'good' : result.correct ? 'good' : 'again';
			const prompt = document.createElement('p');
			prompt.textContent =
				result.correct === null
					? 'How well did you recall it?'
					: `How well did you know it? ${result.correct ? 'Good' : 'Again'} is suggested.`;
			ratings.replaceChildren(prompt);
			for (const rating of RATINGS) {
				const button = document.createElement('button');
				button.type = 'button';
				button.dataset.rating = rating;
				button.innerHTML = `<span class="rating-name">${RATING_LABELS[rating]}</span> <span class="rating-interval">${formatInterval(intervals[rating])}</span>`;
				button.setAttribute(
					'aria-label',
					`${RATING_LABELS[rating]}: see it again in ${formatInterval(intervals[rating])}`,
				);
				button.addEventListener('click', async () => {
					for (const b of ratings.querySelectorAll('button')) b.disabled = true;
					await store.rate(record.id, rating, new Date());
					done();
					document.querySelector<HTMLElement>('.review-stage form, .review-empty')?.focus();
				});
				ratings.append(button);
			}
			ratings.hidden = false;
			ratings.querySelector<HTMLButtonElement>(`[data-rating="${suggested}"]`)?.focus();
		},
	});
	form.tabIndex = -1;
	return view;
}

function setUpStudyData(store: StudyStore) {
	const actions = document.querySelector<HTMLElement>('.study-data-actions');
	const status = document.querySelector<HTMLElement>('.study-data-status');
	if (!actions || !status) return;
	actions.hidden = false;
	actions.querySelector('[data-action="export"]')!.addEventListener('click', async () => {
		const data = await store.exportData();
		const url = URL.createObjectURL(
			new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
		);
		const a = document.createElement('a');
		a.href = url;
		a.download = `cs50web-study-${data.exportedAt.slice(0, 10)}.json`;
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		status.textContent = `Exported ${data.chapters.length} chapter record(s) and ${data.cards.length} review card(s).`;
	});
	const input = actions.querySelector<HTMLInputElement>('[data-action="import"]')!;
	input.addEventListener('change', async () => {
		const file = input.files?.[0];
		if (!file) return;
		status.removeAttribute('data-error');
		try {
			const result = await store.importData(await file.text());
			status.textContent = `Imported ${result.chapters} chapter record(s) and ${result.cards} review card(s) from ${file.name}.`;
		} catch (error) {
			status.dataset.error = '';
			status.textContent =
				error instanceof ImportError
					? `Nothing was imported: ${error.message}`
					: `Nothing was imported: the file could not be read (${String(error)}).`;
		} finally {
			input.value = '';
		}
	});
}
