import { describe, expect, it } from 'vitest';
import { wrapTablesInHtml } from '../../src/integrations/table-scroll';

describe('wrapTablesInHtml', () => {
	it('wraps each table in a focusable region named after its first headers', () => {
		const html =
			'<p>x</p><table><thead><tr><th>id</th><th><code>origin</code></th></tr></thead></table>';
		expect(wrapTablesInHtml(html)).toBe(
			'<p>x</p><div class="table-scroll" tabindex="0" role="region" aria-label="Table: id, origin">' +
				'<table><thead><tr><th>id</th><th><code>origin</code></th></tr></thead></table></div>',
		);
	});

	it('escapes the label and handles tables without headers', () => {
		expect(
			wrapTablesInHtml('<table><tr><th>&quot;a&quot; &amp; &lt;b&gt;</th></tr></table>'),
		).toContain('aria-label="Table: &quot;a&quot; &amp; &lt;b>"');
		expect(wrapTablesInHtml('<table><tr><td>1</td></tr></table>')).toContain('aria-label="Table"');
	});
});
