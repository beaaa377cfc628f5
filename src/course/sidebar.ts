import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHAPTER_SLUGS } from './chapters';

type SidebarItem =
	| { slug: string }
	| { label: string; link: string }
	| {
			label: string;
			collapsed?: boolean;
			items: SidebarItem[] | { autogenerate: { directory: string } }[];
	  };

/**
 * Builds Starlight's sidebar from the chapters that exist, in `CHAPTER_SLUGS` order, so adding a
 * chapter folder is all it takes to list it. Chapters with sub-pages become groups; their
 * `autogenerate` directory must be prefixed with the collection base ("content/git") or
 * Starlight silently produces an empty group.
 */
export function chapterSidebar(contentDir: string): SidebarItem[] {
	const items: SidebarItem[] = existsSync(join(contentDir, 'about.mdx')) ? [{ slug: 'about' }] : [];
	for (const slug of CHAPTER_SLUGS) {
		const dir = join(contentDir, slug);
		const index = join(dir, 'index.mdx');
		if (!existsSync(index)) continue;
		const pages = readdirSync(dir).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'));
		if (pages.length === 1) {
			items.push({ slug });
		} else {
			const title = String(readFrontmatter(index).title ?? slug);
			items.push({ label: title, items: [{ autogenerate: { directory: `content/${slug}` } }] });
		}
	}
	// The review page is a plain Astro page (src/pages/review.astro), not a content entry. Last,
	// so "Next" from About still leads to the first chapter, and from the last chapter to review.
	items.push({ label: 'Review due questions', link: '/review/' });
	return items;
}

/** A Markdown file's frontmatter, parsed as YAML (empty when there is none). */
export function readFrontmatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	return match?.[1] ? (parse(match[1]) as Record<string, unknown>) : {};
}
