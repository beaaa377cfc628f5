import { describe, expect, it } from 'vitest';
import { isCorrect } from '../../../src/study/answer-key';
import { quizFile, type QuizItem } from '../../../src/study/quiz-schema';

const choice = (text: string) => ({ text, explanation: `Why "${text}" is right or wrong.` });
const single = {
	id: 'git-commit-is-local',
	topic: 'commits',
	kind: 'single',
	question: 'Who can see a commit before you push?',
	choices: [choice('Only you'), choice('Everyone')],
	answer: 0,
};

function messages(items: unknown[]): string[] {
	const result = quizFile.safeParse({ items });
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('quiz schema', () => {
	it('accepts each kind of item', () => {
		const items = [
			single,
			{
				...single,
				id: 'multi',
				kind: 'multiple',
				answer: undefined,
				answers: [0, 2],
				choices: [choice('a'), choice('b'), choice('c')],
			},
			{
				id: 'recall',
				topic: 'tt',
				kind: 'recall',
				question: 'Explain a commit.',
				answer: 'A snapshot plus metadata.',
				explanation: 'Git stores snapshots.',
			},
			{
				id: 'order',
				topic: 'tt',
				kind: 'order',
				question: 'Order the steps.',
				steps: [choice('one'), choice('two'), choice('three')],
			},
		];
		expect(messages(items)).toEqual([]);
	});

	it('names the item when an answer index is out of range', () => {
		expect(messages([{ ...single, answer: 2 }])).toEqual([
			'Item "git-commit-is-local": answer 2 is out of range (it has 2 choices, numbered from 0)',
		]);
		expect(
			messages([
				{
					...single,
					kind: 'multiple',
					answers: [0, 5],
					choices: [choice('a'), choice('b'), choice('c')],
				},
			]),
		).toEqual([
			'Item "git-commit-is-local": answer 5 is out of range (it has 3 choices, numbered from 0)',
		]);
	});

	it('names both items when an id is used twice', () => {
		expect(messages([single, { ...single }])).toEqual([
			'Item "git-commit-is-local": duplicate id (item 1 already uses it)',
		]);
	});

	it('names the item and the choice when an explanation is missing', () => {
		const broken = { ...single, choices: [choice('a'), { text: 'b' }] };
		expect(messages([broken])).toEqual([
			'Item "git-commit-is-local": choices.1.explanation: missing explanation',
		]);
	});

	it('rejects unknown kinds, bad ids and a recall item without an explanation', () => {
		expect(messages([{ ...single, kind: 'essay' }])[0]).toMatch(
			/^Item "git-commit-is-local": kind:/,
		);
		expect(messages([{ ...single, id: 'Has Spaces' }])[0]).toBe(
			'Item "Has Spaces": id: ids are lowercase words joined by hyphens',
		);
		expect(
			messages([
				{
					id: 'r',
					topic: 'tt',
					kind: 'recall',
					question: 'Explain a commit.',
					answer: 'A snapshot.',
				},
			]),
		).toEqual(['Item "r": explanation: missing explanation']);
	});

	it('counts an item by its position when it has no id', () => {
		expect(messages([single, { kind: 'single' }])[0]).toMatch(/^Item 2: /);
	});
});

describe('checking a response', () => {
	const items = quizFile.parse({
		items: [
			single,
			{
				...single,
				id: 'm',
				kind: 'multiple',
				answers: [0, 2],
				choices: [choice('a'), choice('b'), choice('c')],
			},
			{
				id: 'o',
				topic: 'tt',
				kind: 'order',
				question: 'Order the steps.',
				steps: [choice('one'), choice('two'), choice('three')],
			},
		],
	}).items as QuizItem[];
	const [one, many, order] = items as [QuizItem, QuizItem, QuizItem];

	it('single: only the answer', () => {
		expect(isCorrect(one, [0])).toBe(true);
		expect(isCorrect(one, [1])).toBe(false);
		expect(isCorrect(one, [])).toBe(false);
	});
	it('multiple: exactly the set of answers, in any order', () => {
		expect(isCorrect(many, [2, 0])).toBe(true);
		expect(isCorrect(many, [0])).toBe(false);
		expect(isCorrect(many, [0, 1, 2])).toBe(false);
	});
	it('order: the steps in their authored order', () => {
		expect(isCorrect(order, [0, 1, 2])).toBe(true);
		expect(isCorrect(order, [1, 0, 2])).toBe(false);
	});
});
