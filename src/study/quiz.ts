/**
 * The chapter quiz: enhances every item, restores the reader's saved answers and keeps the
 * score line ("7 of 10 right now · best 8") up to date.
 */
import { enhanceQuizItem } from './quiz-item';
import { currentScore, type ChapterRecord } from './records';
import { studyStore, type StudyStore } from './store';

export async function hydrateQuiz(section: HTMLElement): Promise<void> {
	const chapter = section.dataset.quiz!;
	const total = Number(section.dataset.total);
	const scoreLine = section.querySelector<HTMLElement>('.quiz-score')!;
	let store: StudyStore | null = null;
	let record: ChapterRecord | null = null;
	try {
		store = await studyStore();
		record = await store.chapter(chapter);
	} catch {
		scoreLine.hidden = false;
		scoreLine.textContent =
			'This browser is not letting the site store data, so your answers will not be kept.';
	}

	const showScore = (r: ChapterRecord) => {
		const answered = Object.keys(r.answers).length;
		if (answered === 0) return;
		scoreLine.hidden = false;
		scoreLine.textContent = `Score: ${currentScore(r)} of ${total} right · best ${r.bestScore} · ${answered} of ${total} answered`;
	};
	if (record) showScore(record);

	for (const form of section.querySelectorAll<HTMLFormElement>('form.quiz-item')) {
		const item = form.dataset.item!;
		enhanceQuizItem(
			form,
			{
				selfRate: true,
				onResult: (result) => {
					if (!store || result.correct === null) return;
					void store
						.recordAnswer({
							chapter,
							item,
							response: result.response,
							correct: result.correct,
							quizTotal: total,
							rating: result.rating,
						})
						.then(showScore);
				},
			},
			record?.answers[item],
		);
	}
}
