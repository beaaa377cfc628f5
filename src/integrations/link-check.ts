import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles, readHtml, routeOf } from './built-html';

/**
 * Fails the build on any internal link that points nowhere: a missing page, a missing file, or
 * a `#fragment` with no matching id on its target page. It checks the built HTML rather than the
 * Markdown, so links written by components (course map, pagination, sidebar) are covered too.
 */
export function linkCheck(): AstroIntegration {
	return {
		name: 'study:link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = await readPages(root);
				const problems = findBrokenLinks(pages, (path) => existsSync(join(root, path)));
				if (problems.length > 0) {
					const list = problems.map((p) => `  - on ${p.page}: ${p.href} (${p.reason})`).join('\n');
					throw new Error(`Broken internal links (${problems.length}):\n${list}`);
				}
				logger.info(`Checked internal links on ${pages.size} pages: none broken.`);
			},
		},
	};
}

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Route (e.g. "/git/") → its HTML. */
export type PageMap = Map<string, string>;

export function findBrokenLinks(
	pages: PageMap,
	fileExists: (path: string) => boolean,
): BrokenLink[] {
	const idsByRoute = new Map([...pages].map(([route, html]) => [route, collectIds(html)]));
	const problems: BrokenLink[] = [];
	for (const [route, html] of pages) {
		for (const href of collectHrefs(html)) {
			const reason = checkHref(href, route, idsByRoute, fileExists);
			if (reason) problems.push({ page: route, href, reason });
		}
	}
	return problems;
}

function checkHref(
	href: string,
	from: string,
	idsByRoute: Map<string, Set<string>>,
	fileExists: (path: string) => boolean,
): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
	const [pathPart = '', fragment] = href.split('#', 2);
	const target = pathPart === '' ? from : posix.resolve(posix.dirname(from + 'x'), pathPart);
	const route = target.endsWith('/') ? target : posix.extname(target) ? target : `${target}/`;
	const ids = idsByRoute.get(route);
	if (!ids) {
		if (posix.extname(route) && fileExists(route)) return undefined;
		return 'no such page';
	}
	if (fragment && !ids.has(decodeURIComponent(fragment))) return `no element with id "${fragment}"`;
	return undefined;
}

function collectHrefs(html: string): string[] {
	return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
}

function collectIds(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

function decodeEntities(value: string): string {
	return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

async function readPages(root: string): Promise<PageMap> {
	const pages: PageMap = new Map();
	for (const file of await listHtmlFiles(root))
		pages.set(routeOf(file), await readHtml(root, file));
	return pages;
}
