/**
 * The course's chapters, in teaching order. Folder names under `content/` must come from this
 * list, and each chapter's `order` frontmatter must equal its position here (1-based); a unit
 * test enforces both so the sidebar, the course map and prev/next links always agree.
 */
export const CHAPTER_SLUGS = [
	'git',
	'html-css',
	'flask',
	'databases',
	'apis',
	'javascript',
	'realtime',
	'front-ends',
	'django',
	'testing-ci',
	'scalability',
	'security',
	'docker',
] as const;

export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

export function isChapterSlug(value: string): value is ChapterSlug {
	return (CHAPTER_SLUGS as readonly string[]).includes(value);
}
