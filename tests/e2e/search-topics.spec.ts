import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SEARCH_RANKING } from '../../src/integrations/search-index';
import { test, expect, chapterSlugs } from './fixtures';

/** Each chapter's `topics` (frontmatter), the words a student would search for it by. */
function topicsOf(slug: string): string[] {
	const source = readFileSync(`content/${slug}/index.mdx`, 'utf8');
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
	return (parse(frontmatter) as { topics?: string[] }).topics ?? [];
}

test('searching any topic of a chapter finds that chapter first', async ({ page }) => {
	await page.goto('/');
	const expected = chapterSlugs().flatMap((slug) =>
		topicsOf(slug).map((topic) => ({ slug, topic })),
	);
	const firstResults = await page.evaluate(
		async ({ queries, ranking }) => {
			// A variable, so the type checker does not look for a module at this site path.
			const bundle = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ bundle)) as {
				options(options: { ranking: typeof ranking }): Promise<void>;
				init(): Promise<void>;
				search(term: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
			};
			// The same ranking the site's search box uses.
			await pagefind.options({ ranking });
			await pagefind.init();
			const out: Record<string, string> = {};
			for (const { topic } of queries) {
				const search = await pagefind.search(topic);
				const first = search.results[0] ? await search.results[0].data() : null;
				out[topic] = first?.url ?? '(nothing)';
			}
			return out;
		},
		{ queries: expected, ranking: SEARCH_RANKING },
	);
	const misses = expected
		.filter(({ slug, topic }) => firstResults[topic] !== `/${slug}/`)
		.map(({ slug, topic }) => `"${topic}" (${slug}) → ${firstResults[topic]}`);
	expect(misses).toEqual([]);
});
