import { z } from 'astro/zod';

/**
 * Frontmatter fields that every chapter (`content/<slug>/index.mdx`) adds to Starlight's own.
 * Pages that are not chapters (home, about) set `kind: page` and may omit them.
 */
export const chapterFields = z.object({
	/**
	 * What the page is. Chapters are listed on the course map and must carry every chapter field.
	 * @example kind: page
	 */
	kind: z.enum(['chapter', 'page']).default('chapter'),
	/**
	 * Number of the CS50 Web lecture this chapter follows (0-based, as the course numbers them).
	 * @example lecture: 2
	 */
	lecture: z.number().int().min(0).max(12).optional(),
	/**
	 * Position in the course, 1-based; must match the chapter's place in `CHAPTER_SLUGS`.
	 * @example order: 3
	 */
	order: z.number().int().min(1).max(99).optional(),
	/**
	 * One or two sentences for the course map: what the reader will be able to do afterwards.
	 * @example summary: Route URLs to Python functions and render Jinja templates.
	 */
	summary: z.string().min(20).max(300).optional(),
	/**
	 * Learning objectives shown at the top of the chapter; each starts with a verb.
	 * @example objectives: ["Explain what a commit records", "Resolve a merge conflict"]
	 */
	objectives: z.array(z.string().min(10)).min(2).max(10).optional(),
	/**
	 * Search keywords and course-map tags: the topics a student would type to find this chapter.
	 * @example topics: [commit, branch, merge conflict]
	 */
	topics: z.array(z.string().min(2)).min(3).max(30).optional(),
});

const REQUIRED_FOR_CHAPTERS = ['lecture', 'order', 'summary', 'objectives', 'topics'] as const;

type ChapterFields = z.infer<typeof chapterFields>;

/**
 * Zod cannot know a file's path, so "chapters need their fields" is keyed on `kind`: each missing
 * field becomes its own issue whose path names the field, and Astro prefixes the file name.
 */
export function requireChapterFields(data: ChapterFields, ctx: z.RefinementCtx): void {
	if (data.kind !== 'chapter') return;
	for (const field of REQUIRED_FOR_CHAPTERS) {
		if (data[field] === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: [field],
				message: `Chapters must set "${field}" in their frontmatter (or set "kind: page" if this page is not a chapter).`,
			});
		}
	}
}
