import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { chapterFields, requireChapterFields } from './course/chapter-schema';
import { quizFile } from './study/quiz-schema';

/**
 * Chapters live in the top-level `content/` folder, beside their demos and quizzes, rather than
 * Starlight's default `src/content/docs/`. The build-failure fixture tests point
 * `STUDY_CONTENT_DIR` at a broken copy; nothing else sets it.
 */
const base = process.env.STUDY_CONTENT_DIR ?? './content';

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base }),
		schema: (context) =>
			docsSchema({ extend: chapterFields })(context).superRefine((data, ctx) =>
				requireChapterFields(data, ctx),
			),
	}),
	/** One self-check quiz per chapter, `content/<slug>/quiz.yaml`; the entry id is the slug. */
	quizzes: defineCollection({
		loader: glob({
			pattern: '*/quiz.yaml',
			base,
			generateId: ({ entry }) => entry.split('/')[0] ?? entry,
		}),
		schema: quizFile,
	}),
};
