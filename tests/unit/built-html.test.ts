import { describe, expect, it } from 'vitest';
import { cspHash, inlineScripts } from '../../src/integrations/built-html';

describe('inline scripts of a built page (what the CSP must allow)', () => {
	it('finds classic and module inline scripts, not external ones or data blocks', () => {
		const html = `<!doctype html><html><head>
			<script>window.a = 1</script>
			<script type="module">import './x.js'</script>
			<script src="/_astro/page.js"></script>
			<script type="application/json" id="data">{"a":1}</script>
			</head><body><template><script>inTemplate()</script></template></body></html>`;
		expect(inlineScripts(html)).toEqual(['window.a = 1', "import './x.js'", 'inTemplate()']);
	});

	it('ignores "<script>" written inside an attribute value, such as a copy button\'s code', () => {
		const html = `<button data-code="const tag = '<script>alert(1)</script>';">Copy</button>`;
		expect(inlineScripts(html)).toEqual([]);
	});

	it('hashes the exact script text for script-src', () => {
		expect(cspHash('window.a = 1')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
	});
});
