import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shuffledChoices, shuffledSteps } from '../../../src/study/shuffle';

const isPermutation = (order: number[], count: number) =>
	[...order].sort((a, b) => a - b).join() === [...Array(count).keys()].join();

describe('quiz shuffling', () => {
	it('is a permutation, and the same for the same item on every build', () => {
		for (const count of [2, 3, 4, 5, 6]) {
			const order = shuffledChoices('git-commit-is-local', count);
			expect(isPermutation(order, count)).toBe(true);
			expect(shuffledChoices('git-commit-is-local', count)).toEqual(order);
			expect(isPermutation(shuffledSteps('git-conflict-steps', count), count)).toBe(true);
		}
	});

	it('never shows the steps of an order item already in order', () => {
		for (let i = 0; i < 500; i++) {
			const order = shuffledSteps(`item-${i}`, 3);
			expect(order).not.toEqual([0, 1, 2]);
		}
	});

	it('leaves no pattern in where the right answer of a shipped single-choice question is shown', () => {
		// Authors tend to write the right answer first; readers must not be able to learn that.
		const shownAt: number[] = [];
		for (const slug of readdirSync('content')) {
			const file = `content/${slug}/quiz.yaml`;
			if (!existsSync(file)) continue;
			const { items } = parse(readFileSync(file, 'utf8')) as {
				items: Array<{ id: string; kind: string; choices?: unknown[]; answer?: number }>;
			};
			for (const item of items) {
				if (item.kind !== 'single') continue;
				shownAt.push(shuffledChoices(item.id, item.choices!.length).indexOf(item.answer!));
			}
		}
		expect(shownAt.length).toBeGreaterThan(40);
		const first = shownAt.filter((position) => position === 0).length;
		expect(first / shownAt.length).toBeLessThan(0.5);
		expect(new Set(shownAt).size).toBeGreaterThanOrEqual(3);
	});
});
