import { getCollection } from 'astro:content';

/** What the study scripts need to know about each chapter, embedded in every page as JSON. */
export interface StudyCourseChapter {
	slug: string;
	title: string;
	/** Quiz items in content/<slug>/quiz.yaml (0 if none). */
	quiz: number;
	/** <Demo> components in the chapter. */
	demos: number;
}

let cached: Promise<StudyCourseChapter[]> | null = null;

export function studyCourse(): Promise<StudyCourseChapter[]> {
	return (cached ??= (async () => {
		const quizzes = new Map(
			(await getCollection('quizzes')).map((quiz) => [quiz.id, quiz.data.items.length]),
		);
		const chapters = await getCollection('docs', ({ data }) => data.kind === 'chapter');
		return chapters
			.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0))
			.map((entry) => ({
				slug: entry.id,
				title: entry.data.title,
				quiz: quizzes.get(entry.id) ?? 0,
				demos: (entry.body ?? '').match(/<Demo\s/g)?.length ?? 0,
			}));
	})());
}
