import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { rewriteBuiltHtml } from './built-html';

/**
 * Builds the Pagefind index ourselves instead of through Starlight, for two things Starlight's
 * built-in run cannot be told:
 * - keep `_` in words, so `__name__` or `__init__` are searchable as written;
 * - weigh code blocks below prose, so a page that merely *shows* `git merge` in a terminal
 *   listing does not outrank the page that explains merging.
 */
export const SEARCH_INCLUDE_CHARACTERS = '_';
export const CODE_BLOCK_WEIGHT = '0.4';

export function searchIndex(): AstroIntegration {
	return {
		name: 'study:search-index',
		hooks: {
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
