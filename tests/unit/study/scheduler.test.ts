import { describe, expect, it } from 'vitest';
import {
	formatInterval,
	isDue,
	isLearned,
	newCard,
	previewIntervals,
	rateCard,
} from '../../../src/study/scheduler';

const NOW = new Date('2026-11-28T09:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const after = (card: { due: string }) => Date.parse(card.due) - NOW.getTime();

describe('FSRS scheduling with a fixed clock', () => {
	it('a new card is due at once and not yet learned', () => {
		const card = newCard(NOW);
		expect(isDue(card, NOW)).toBe(true);
		expect(isLearned(card)).toBe(false);
	});

	it('the four ratings of a new card give the default FSRS learning steps and first interval', () => {
		const card = newCard(NOW);
		expect(after(rateCard(card, 'again', NOW))).toBe(1 * MINUTE);
		expect(after(rateCard(card, 'hard', NOW))).toBe(6 * MINUTE);
		expect(after(rateCard(card, 'good', NOW))).toBe(10 * MINUTE);
		// Easy skips the learning steps: a review in days, and the card counts as learned.
		const easy = rateCard(card, 'easy', NOW);
		expect(after(easy) % DAY).toBe(0);
		expect(after(easy) / DAY).toBeGreaterThanOrEqual(1);
		expect(isLearned(easy)).toBe(true);
	});

	it('intervals grow with each Good, and Again brings a learned card back within minutes', () => {
		let card = rateCard(newCard(NOW), 'good', NOW);
		let now = new Date(card.due);
		card = rateCard(card, 'good', now); // leaves the learning steps
		expect(isLearned(card)).toBe(true);
		const first = Date.parse(card.due) - now.getTime();
		expect(first).toBeGreaterThanOrEqual(DAY);
		now = new Date(card.due);
		card = rateCard(card, 'good', now);
		const second = Date.parse(card.due) - now.getTime();
		expect(second).toBeGreaterThan(first);
		const lapsed = rateCard(card, 'again', new Date(card.due));
		expect(Date.parse(lapsed.due) - Date.parse(card.due)).toBeLessThanOrEqual(10 * MINUTE);
		expect(lapsed.lapses).toBe(1);
	});

	it('previews match what rating does, in increasing order', () => {
		const card = rateCard(newCard(NOW), 'good', NOW);
		const later = new Date(card.due);
		const preview = previewIntervals(card, later);
		for (const rating of ['again', 'hard', 'good', 'easy'] as const) {
			expect(preview[rating]).toBe(Date.parse(rateCard(card, rating, later).due) - later.getTime());
		}
		expect(preview.again).toBeLessThan(preview.hard);
		expect(preview.hard).toBeLessThanOrEqual(preview.good);
		expect(preview.good).toBeLessThan(preview.easy);
	});

	it('is deterministic: the same answers at the same times give the same schedule', () => {
		const a = rateCard(rateCard(newCard(NOW), 'good', NOW), 'hard', new Date(NOW.getTime() + DAY));
		const b = rateCard(rateCard(newCard(NOW), 'good', NOW), 'hard', new Date(NOW.getTime() + DAY));
		expect(a).toEqual(b);
	});

	it('formats intervals for buttons', () => {
		expect(formatInterval(30_000)).toBe('1 min');
		expect(formatInterval(10 * MINUTE)).toBe('10 min');
		expect(formatInterval(3 * 60 * MINUTE)).toBe('3 h');
		expect(formatInterval(DAY)).toBe('1 day');
		expect(formatInterval(4 * DAY)).toBe('4 days');
		expect(formatInterval(90 * DAY)).toBe('3 mo');
		expect(formatInterval(730 * DAY)).toBe('2 years');
	});
});
