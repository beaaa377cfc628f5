import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAPTER_SLUGS, isChapterSlug } from '../../src/course/chapters';
import { chapterSidebar, readFrontmatter } from '../../src/course/sidebar';

const folders = readdirSync('content', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

const frontmatter = (slug: string) => readFrontmatter(join('content', slug, 'index.mdx'));

describe('chapters in content/', () => {
	it('are named from the fixed list of slugs', () => {
		for (const folder of folders) expect(isChapterSlug(folder), folder).toBe(true);
	});

	it.each(folders)('%s declares the order of its place in the course', (slug) => {
		expect(frontmatter(slug).order).toBe(CHAPTER_SLUGS.indexOf(slug as never) + 1);
	});

	it('appear in the sidebar in course order, after the About page, before Review', () => {
		const sidebar = chapterSidebar('content');
		const slugs = sidebar.map((item) =>
			'slug' in item ? item.slug : 'link' in item ? item.link : item.label,
		);
		const expected = CHAPTER_SLUGS.filter((slug) => folders.includes(slug));
		expect(slugs).toEqual(['about', ...expected, '/review/']);
	});
});
