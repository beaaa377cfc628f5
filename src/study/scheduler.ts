/**
 * Spaced review with FSRS (ts-fsrs): when a quiz item should come back, from how well the reader
 * knew it each time. Cards are stored as plain JSON (dates as ISO strings) so IndexedDB, export
 * files and tests all see the same shape.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/** The four answers a reader can give, in button order. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];

const GRADE: Record<RatingName, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy,
};

/** A card as stored: ts-fsrs's Card with dates as ISO strings. */
export interface StoredCard {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: State;
	last_review?: string;
}

// Fuzz spreads due dates randomly; off, so the same answers always give the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
	return {
		...stored,
		due: new Date(stored.due),
		last_review: stored.last_review ? new Date(stored.last_review) : undefined,
	};
}

function toStored(card: Card): StoredCard {
	const { due, last_review, ...rest } = card;
	return {
		...rest,
		due: due.toISOString(),
		...(last_review ? { last_review: last_review.toISOString() } : {}),
	};
}

export function newCard(now: Date): StoredCard {
	return toStored(createEmptyCard(now));
}

/** The card after the reader rates it at `now`. */
export function rateCard(card: StoredCard, rating: RatingName, now: Date): StoredCard {
	return toStored(scheduler.next(toCard(card), now, GRADE[rating]).card);
}

/** When each rating would bring the card back: the labels on the review buttons. */
export function previewIntervals(card: StoredCard, now: Date): Record<RatingName, number> {
	const preview = scheduler.repeat(toCard(card), now);
	return Object.fromEntries(
		RATINGS.map((name) => [name, preview[GRADE[name]].card.due.getTime() - now.getTime()]),
	) as Record<RatingName, number>;
}

export function isDue(card: StoredCard, now: Date): boolean {
	return new Date(card.due).getTime() <= now.getTime();
}

/** "Learned" means FSRS has graduated the card from its learning steps to spaced reviews. */
export function isLearned(card: StoredCard): boolean {
	return card.state === State.Review;
}

/** A short, human interval for a button: "1 min", "10 min", "3 h", "4 days", "2 mo". */
export function formatInterval(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h`;
	const days = Math.round(hours / 24);
	if (days < 31) return days === 1 ? '1 day' : `${days} days`;
	const months = Math.round(days / 30.4);
	if (months < 12) return `${months} mo`;
	const years = Math.round((days / 365) * 10) / 10;
	return years === 1 ? '1 year' : `${years} years`;
}

/** Suggested rating for an item the reader answered in a quiz (not a self-rated one). */
export function ratingForAnswer(correct: boolean): RatingName {
	return correct ? 'good' : 'again';
}
