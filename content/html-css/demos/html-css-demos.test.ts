// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

/** The lines printed after `heading`, up to the next line that is not indented. */
function section(lines: string[], heading: string): string[] {
	const rest = lines.slice(lines.indexOf(heading) + 1);
	const end = rest.findIndex((line) => !line.startsWith('  '));
	return end === -1 ? rest : rest.slice(0, end);
}

describe('dom-tree: the parser builds and repairs the tree', () => {
	it('adds the missing html, head and body elements around the right nodes', async () => {
		const lines = await runDemo(() => import('./dom-tree'));
		expect(lines.slice(1, 7)).toEqual([
			'[document] #document',
			'  [doctype] <!DOCTYPE html>',
			'  [element] <html>',
			'    [element] <head>',
			'      [element] <title>',
			'        [text] "Flights"',
		]);
		expect(lines).toContain('      [comment] <!-- no html, head or body tags here -->');
		expect(lines).toContain('    [element] <body>');
		expect(lines).toContain('      [element] <h1 class="title">');
	});

	it('closes the open <p> before the <div> and turns the stray </p> into an empty <p>', async () => {
		const lines = await runDemo(() => import('./dom-tree'));
		expect(lines).toContain('<p> start tags written: 2; <p> elements in the tree: 3');
		const body = lines.find((line) => line.startsWith('The body, serialised back to HTML:'))!;
		expect(body).toContain('<p>Then pick a seat:</p><div>Seat map</div><p></p>');
		expect(body).toContain('<ul><li>AA 100</li><li>BA 200</li></ul>');
		// The <div> is a sibling of the paragraphs, a child of <body>, not inside a <p>.
		expect(lines).toContain('      [element] <div>');
		expect(lines).toContain(
			'(5 whitespace-only text nodes hidden; set SHOW_WHITESPACE = true to see them)',
		);
	});

	it('draws one SVG row per printed node', async () => {
		const lines = await runDemo(() => import('./dom-tree'));
		const nodes = lines.filter((line) => /^ *\[\w+\] /.test(line));
		expect(nodes).toHaveLength(24);
		expect(document.querySelectorAll('#output svg rect')).toHaveLength(nodes.length);
		const labels = [...document.querySelectorAll('#output svg text')].map((t) => t.textContent);
		expect(labels).toContain('<ul>');
		expect(labels.filter((label) => label === '<li>')).toHaveLength(2);
	});
});

describe('grid-breakpoints: Bootstrap 5.3 class resolution, mobile-first', () => {
	it('uses the largest breakpoint at or below each width that has a class', async () => {
		const lines = await runDemo(() => import('./grid-breakpoints'));
		expect(section(lines, 'At 375 px the active breakpoint is xs:')).toEqual([
			'  col-12 col-md-6 col-lg-4 → col-12: 12 of 12 columns',
			'  col-12 col-md-6 col-lg-4 → col-12: 12 of 12 columns',
			'  col-md-12 col-lg-4 → (none yet): 12 of 12 columns',
			'  the row wraps onto 3 lines',
		]);
		expect(section(lines, 'At 800 px the active breakpoint is md:')).toEqual([
			'  col-12 col-md-6 col-lg-4 → col-md-6: 6 of 12 columns',
			'  col-12 col-md-6 col-lg-4 → col-md-6: 6 of 12 columns',
			'  col-md-12 col-lg-4 → col-md-12: 12 of 12 columns',
			'  the row wraps onto 2 lines',
		]);
		// 1280 px is in xl, but no column has an xl class, so the lg classes still apply.
		expect(section(lines, 'At 1280 px the active breakpoint is xl:')).toEqual([
			'  col-12 col-md-6 col-lg-4 → col-lg-4: 4 of 12 columns',
			'  col-12 col-md-6 col-lg-4 → col-lg-4: 4 of 12 columns',
			'  col-md-12 col-lg-4 → col-lg-4: 4 of 12 columns',
			'  the row wraps onto 1 line',
		]);
	});

	it('draws each column at its share of its frame', async () => {
		await runDemo(() => import('./grid-breakpoints'));
		const cells = [...document.querySelectorAll('#output svg rect[data-span]')];
		expect(cells.map((cell) => cell.getAttribute('data-span'))).toEqual([
			'12',
			'12',
			'12',
			'6',
			'6',
			'12',
			'4',
			'4',
			'4',
		]);
		// At 800 px the two halves share a line and the third column wraps below them.
		const [half1, half2, full] = cells.slice(3, 6).map((cell) => Number(cell.getAttribute('y')));
		expect(half1).toBe(half2);
		expect(full).toBeGreaterThan(half1!);
	});
});

describe('specificity: which of nine rules colours the link', () => {
	it('computes (IDs, classes, types) and lets :is() count its most specific argument', async () => {
		const lines = await runDemo(() => import('./specificity'));
		const table = lines[0]!;
		expect(table).toContain('{selector: "a", specificity: "(0, 0, 1)", matches: true');
		expect(table).toContain('{selector: "a.link.active", specificity: "(0, 2, 1)"');
		expect(table).toContain('{selector: "#main-nav a", specificity: "(1, 0, 1)"');
		expect(table).toContain('{selector: "a:hover", specificity: "(0, 1, 1)", matches: false');
		expect(table).toContain(
			'{selector: ":where(#main-nav) a.active", specificity: "(0, 1, 1)", matches: true',
		);
		expect(table).toContain('{selector: ":is(#main-nav, nav) .link", specificity: "(1, 1, 0)"');
	});

	it('ranks ties by source order and names the winner', async () => {
		const lines = await runDemo(() => import('./specificity'));
		const ranking = lines.find((line) => line.startsWith('Matching rules, weakest first:'))!;
		expect(ranking).toContain('.link  <  .active'); // equal specificity: the later rule ranks higher
		expect(ranking).not.toContain('a:hover');
		expect(lines).toContain('Winner: :is(#main-nav, nav) .link { color: teal }');
		expect(lines).toContain('Its (1, 1, 0) beats the runner-up, #main-nav a.');
	});
});
