import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteBuiltHtml } from './built-html';

/** Build step: applies wrapTablesInHtml to every built page. */
export function tableScroll(): AstroIntegration {
	return {
		name: 'study:table-scroll',
		hooks: {
			'astro:build:done': ({ dir }) => rewriteBuiltHtml(fileURLToPath(dir), wrapTablesInHtml),
		},
	};
}

/**
 * Wraps every table in built HTML in a focusable, labelled scroll container. A wide table (long
 * code in its cells, or any table on a phone) must scroll sideways, and a scrolling area has to be
 * reachable by keyboard and named for screen readers (WCAG 2.1.1; axe's scrollable-region rule).
 * It runs on the built pages because Astro 7's Markdown engine (satteri) takes no rehype plugins.
 */
export function wrapTablesInHtml(html: string): string {
	return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
		const headers = [...table.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)]
			.slice(0, 3)
			.map((m) => stripTags(m[1] ?? ''));
		const label = headers.length ? `Table: ${headers.join(', ')}` : 'Table';
		return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeAttribute(label)}">${table}</div>`;
	});
}

/** Header text as a reader sees it: tags dropped, the common entities decoded. */
function stripTags(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&')
		.replace(/\s+/g, ' ')
		.trim();
}

function escapeAttribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
