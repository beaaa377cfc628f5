import { describe, expect, it } from 'vitest';
import { findBrokenLinks, type PageMap } from '../../src/integrations/link-check';

const pages: PageMap = new Map([
	[
		'/',
		'<a href="/git/">Git</a><a href="https://git-scm.com/">external</a><a href="mailto:x@y.z">mail</a>',
	],
	[
		'/git/',
		'<h2 id="merge-conflicts">Merge</h2><a href="#merge-conflicts">self</a><a href="../">home</a>',
	],
	[
		'/about/',
		'<a href="/git/#merge-conflicts">ok</a><a href="/git">no slash</a><a href="/favicon.svg">icon</a>',
	],
]);

describe('findBrokenLinks', () => {
	it('accepts pages, anchors, relative links, files and external links', () => {
		expect(findBrokenLinks(pages, (path) => path === '/favicon.svg')).toEqual([]);
	});

	it('reports a missing page with the page it was found on', () => {
		const broken = new Map(pages).set('/flask/', '<a href="/flsk/">typo</a>');
		expect(findBrokenLinks(broken, () => false)).toContainEqual({
			page: '/flask/',
			href: '/flsk/',
			reason: 'no such page',
		});
	});

	it('reports an anchor that does not exist on its target page', () => {
		const broken = new Map(pages).set('/about/', '<a href="/git/#merge-conflict">typo</a>');
		expect(findBrokenLinks(broken, () => false)).toEqual([
			{
				page: '/about/',
				href: '/git/#merge-conflict',
				reason: 'no element with id "merge-conflict"',
			},
		]);
	});

	it('reports a missing file', () => {
		const broken = new Map(pages).set('/about/', '<a href="/missing.pdf">pdf</a>');
		expect(findBrokenLinks(broken, () => false)).toEqual([
			{ page: '/about/', href: '/missing.pdf', reason: 'no such page' },
		]);
	});
});
