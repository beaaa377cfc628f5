import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { rewriteBuiltHtml } from './built-html';

/**
 * Builds the Pagefind index ourselves instead of through Starlight, for two things Starlight's
 * built-in run cannot be told:
 * - keep `_` and `+` in words, so `__name__`, `__init__` or `N+1` are searchable as written
 *   (without `+`, the index holds "n1" while the query "n+1" is split into "n" and "1");
 * - weigh code blocks below prose, so a page that merely *shows* `git merge` in a terminal
 *   listing does not outrank the page that explains merging.
 */
export const SEARCH_INCLUDE_CHARACTERS = '_+';
export const CODE_BLOCK_WEIGHT = '0.4';

/**
 * Pagefind's ranking, used by the site's search box and by the tests. Each chapter lists its
 * topics in a `topics` metadata field (ChapterTitle.astro); a query word found there adds a large
 * boost on top of the body score, so a search for a chapter's topic finds that chapter first even
 * when a longer chapter mentions the same words more often. Title keeps Pagefind's default boost.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5, topics: 20 } } as const;

/** Starlight's search UI reads its Pagefind options from this virtual module. */
const STARLIGHT_PAGEFIND_CONFIG = 'virtual:starlight/pagefind-config';

export function searchIndex(): AstroIntegration {
	return {
		name: 'study:search-index',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// Starlight fills this module from its own `pagefind` option, which is off because this
				// integration builds the index; without this the UI would search with default ranking.
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'study:search-ranking',
								enforce: 'pre',
								resolveId: (id: string) =>
									id === STARLIGHT_PAGEFIND_CONFIG ? `\0${STARLIGHT_PAGEFIND_CONFIG}` : undefined,
								load: (id: string) =>
									id === `\0${STARLIGHT_PAGEFIND_CONFIG}`
										? `export const pagefindUserConfig = ${JSON.stringify({ ranking: SEARCH_RANKING })};`
										: undefined,
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				await rewriteBuiltHtml(root, weighCodeBlocksInHtml);
				const outputPath = join(root, 'pagefind');
				await rm(outputPath, { recursive: true, force: true });
				const { index, errors } = await pagefind.createIndex({
					includeCharacters: SEARCH_INCLUDE_CHARACTERS,
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: root });
					if (added.errors.length) throw new Error(added.errors.join('; '));
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(written.errors.join('; '));
					logger.info(
						`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

/** Marks every Expressive Code block with a low Pagefind weight (1 is prose's default). */
export function weighCodeBlocksInHtml(html: string): string {
	return html.replaceAll(
		'<div class="expressive-code">',
		`<div class="expressive-code" data-pagefind-weight="${CODE_BLOCK_WEIGHT}">`,
	);
}
