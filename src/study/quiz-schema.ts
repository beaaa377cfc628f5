import { z } from 'astro/zod';

/**
 * The self-check quiz of a chapter: `content/<slug>/quiz.yaml`, loaded as the `quizzes`
 * collection. Questions, choices and explanations are Markdown (inline code, emphasis, links).
 *
 * Every choice carries its own explanation, because a student who picked a wrong answer needs to
 * learn why *that* answer is wrong, not only which one was right.
 */

/** Stable across edits: a reader's review history is keyed on it. */
const itemId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

const choice = z.object({
	/** @example text: "`git status` compares your files with the last commit" */
	text: z.string().min(1),
	/** Why this choice is right or wrong. Shown after Check. */
	explanation: z
		.string({ error: (issue) => (issue.input === undefined ? 'missing explanation' : undefined) })
		.min(10, 'explanation is too short to explain anything'),
});

const common = {
	/** @example id: commit-is-local */
	id: itemId,
	/** The chapter section it tests, shown on review cards. @example topic: commits */
	topic: z.string().min(2),
	/** @example question: "After `git commit`, who can see the new commit?" */
	question: z.string().min(10),
};

const single = z.object({
	...common,
	kind: z.literal('single'),
	choices: z.array(choice).min(2).max(8),
	/** Index of the correct choice, 0-based. */
	answer: z.number().int().min(0),
});

const multiple = z.object({
	...common,
	kind: z.literal('multiple'),
	choices: z.array(choice).min(3).max(8),
	/** Indexes of every correct choice, 0-based. */
	answers: z.array(z.number().int().min(0)).min(1),
});

const recall = z.object({
	...common,
	kind: z.literal('recall'),
	/** The model answer the reader compares their own with before rating themselves. */
	answer: z.string().min(10),
	explanation: z
		.string({ error: (issue) => (issue.input === undefined ? 'missing explanation' : undefined) })
		.min(10, 'explanation is too short to explain anything'),
});

const order = z.object({
	...common,
	kind: z.literal('order'),
	/** The steps in their correct order; the page shows them shuffled. */
	steps: z.array(choice).min(3).max(8),
});

export const quizItem = z.discriminatedUnion('kind', [single, multiple, recall, order]);
export type QuizItem = z.infer<typeof quizItem>;
export type QuizKind = QuizItem['kind'];

/**
 * Each item is parsed on its own so that every message names the item's id (or its position when
 * the id itself is missing): "Item \"commit-is-local\": choices.2.explanation: …". The rules that
 * relate fields to each other (an answer index must point at a choice; ids are unique) are here
 * too. Astro prefixes the file name.
 */
export const quizFile = z
	.object({ items: z.array(z.unknown()).min(1) })
	.superRefine(({ items }, ctx) => {
		const seen = new Map<string, number>();
		items.forEach((raw, index) => {
			const rawId = (raw as { id?: unknown } | null)?.id;
			const name = typeof rawId === 'string' ? `Item "${rawId}"` : `Item ${index + 1}`;
			const first = typeof rawId === 'string' ? seen.get(rawId) : undefined;
			if (first !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, 'id'],
					message: `${name}: duplicate id (item ${first + 1} already uses it)`,
				});
			}
			if (typeof rawId === 'string') seen.set(rawId, index);
			const parsed = quizItem.safeParse(raw);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					ctx.addIssue({
						code: 'custom',
						path: [
							'items',
							index,
							...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
						],
						message: `${name}: ${issue.path.join('.') || 'item'}: ${issue.message}`,
					});
				}
				return;
			}
			const item = parsed.data;
			const problem = (field: string, message: string) =>
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, field],
					message: `${name}: ${message}`,
				});
			const answers =
				item.kind === 'single' ? [item.answer] : item.kind === 'multiple' ? item.answers : [];
			const choices = 'choices' in item ? item.choices.length : 0;
			for (const answer of answers) {
				if (answer >= choices) {
					problem(
						item.kind === 'single' ? 'answer' : 'answers',
						`answer ${answer} is out of range (it has ${choices} choices, numbered from 0)`,
					);
				}
			}
			if (item.kind === 'multiple' && new Set(item.answers).size !== item.answers.length) {
				problem('answers', 'an answer is listed twice');
			}
		});
	})
	.transform((file) => ({ items: file.items as QuizItem[] }));
export type QuizFile = z.infer<typeof quizFile>;
