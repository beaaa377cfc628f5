/**
 * Whether a reader's response is right. Shared by the page (src/study/quiz-item.ts, which reads
 * the key from the item's data attribute) and the build (QuizItem.astro writes that attribute),
 * so the two can never disagree. Browser-safe: no zod here.
 */
import type { QuizItem, QuizKind } from './quiz-schema';

/** The correct choice indexes of a choice item; order and recall items have none. */
export function answerKeyOf(item: QuizItem): number[] {
	if (item.kind === 'single') return [item.answer];
	if (item.kind === 'multiple') return item.answers;
	return [];
}

/**
 * `response` is the chosen choice indexes, or for an "order" item the original step indexes in
 * the order the reader put them. Recall items are rated by the reader, never checked.
 */
export function isCorrectResponse(
	kind: QuizKind,
	answerKey: number[],
	response: number[],
): boolean {
	if (kind === 'recall') return false;
	if (kind === 'order') return response.length > 0 && response.every((step, i) => step === i);
	const chosen = [...new Set(response)].sort((a, b) => a - b);
	const expected = [...answerKey].sort((a, b) => a - b);
	return chosen.length === expected.length && chosen.every((v, i) => v === expected[i]);
}

export function isCorrect(item: QuizItem, response: number[]): boolean {
	if (item.kind === 'order' && response.length !== item.steps.length) return false;
	return isCorrectResponse(item.kind, answerKeyOf(item), response);
}
