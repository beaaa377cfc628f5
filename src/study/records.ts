/**
 * The shapes of study data as stored and exported, with checks that say what is wrong with a
 * record. The same checks guard reads from IndexedDB (a bad record is skipped and reported) and
 * imports (a bad file is refused before anything is written).
 */
import type { StoredCard } from './scheduler';

/** The reader's latest answer to one quiz item. */
export interface AnswerRecord {
	/** Chosen choice indexes; for "order" items, the original step indexes in the chosen order. */
	response: number[];
	correct: boolean;
	/** ISO date. */
	at: string;
}

export interface ChapterRecord {
	slug: string;
	/** ISO date the reader reached the end of the chapter. */
	readAt?: string;
	/** Demo sources run at least once, e.g. "git/demos/merge-conflict.ts". */
	demosRun: string[];
	answers: Record<string, AnswerRecord>;
	/** How many items the chapter's quiz had when last answered. */
	quizTotal: number;
	/** The highest number of items correct at the same time. */
	bestScore: number;
}

export interface CardRecord {
	/** The quiz item's id. */
	id: string;
	chapter: string;
	card: StoredCard;
	/** `card.due` as epoch milliseconds, indexed, so "what is due" is one range query. */
	dueMs: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/** Why `value` is not a ChapterRecord, or null if it is one. */
export function chapterProblem(value: unknown): string | null {
	if (!isObject(value)) return 'not an object';
	if (typeof value.slug !== 'string' || !value.slug) return '"slug" is missing';
	if (value.readAt !== undefined && !isIsoDate(value.readAt)) return '"readAt" is not a date';
	if (!Array.isArray(value.demosRun) || !value.demosRun.every((d) => typeof d === 'string'))
		return '"demosRun" is not a list of demo names';
	if (!isCount(value.quizTotal) || !isCount(value.bestScore))
		return '"quizTotal" and "bestScore" must be whole numbers';
	if (!isObject(value.answers)) return '"answers" is not an object';
	for (const [id, answer] of Object.entries(value.answers)) {
		if (
			!isObject(answer) ||
			!Array.isArray(answer.response) ||
			!answer.response.every(isCount) ||
			typeof answer.correct !== 'boolean' ||
			!isIsoDate(answer.at)
		)
			return `the answer to "${id}" is malformed`;
	}
	return null;
}

/** Why `value` is not a CardRecord, or null if it is one. */
export function cardProblem(value: unknown): string | null {
	if (!isObject(value)) return 'not an object';
	if (typeof value.id !== 'string' || !value.id) return '"id" is missing';
	if (typeof value.chapter !== 'string') return '"chapter" is missing';
	if (typeof value.dueMs !== 'number' || !Number.isFinite(value.dueMs)) return '"dueMs" is missing';
	const card = value.card;
	if (!isObject(card)) return '"card" is missing';
	if (!isIsoDate(card.due)) return '"card.due" is not a date';
	if (card.last_review !== undefined && !isIsoDate(card.last_review))
		return '"card.last_review" is not a date';
	for (const field of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const) {
		if (typeof card[field] !== 'number' || !Number.isFinite(card[field]))
			return `"card.${field}" is not a number`;
	}
	for (const field of ['learning_steps', 'reps', 'lapses', 'state'] as const) {
		if (!isCount(card[field])) return `"card.${field}" is not a whole number`;
	}
	return null;
}

export function emptyChapter(slug: string): ChapterRecord {
	return { slug, demosRun: [], answers: {}, quizTotal: 0, bestScore: 0 };
}

/** Items whose latest answer is right. */
export function currentScore(chapter: ChapterRecord): number {
	return Object.values(chapter.answers).filter((a) => a.correct).length;
}

/**
 * Finished: read to the end, and every quiz item answered at least once (a chapter whose quiz
 * the reader has not opened yet has quizTotal 0, so reading alone does not finish it if it has
 * a quiz: the page passes the real total).
 */
export function isFinished(chapter: ChapterRecord, quizTotal: number): boolean {
	return Boolean(chapter.readAt) && Object.keys(chapter.answers).length >= quizTotal;
}
