import { describe, expect, it } from 'vitest';
import { CODE_BLOCK_WEIGHT, weighCodeBlocksInHtml } from '../../src/integrations/search-index';

describe('weighCodeBlocksInHtml', () => {
	it('gives every Expressive Code block a weight below prose', () => {
		const html = '<p>Prose</p><div class="expressive-code"><pre>git merge</pre></div>';
		expect(weighCodeBlocksInHtml(html)).toContain(
			`<div class="expressive-code" data-pagefind-weight="${CODE_BLOCK_WEIGHT}">`,
		);
		expect(Number(CODE_BLOCK_WEIGHT)).toBeLessThan(1);
	});

	it('leaves pages without code untouched', () => {
		expect(weighCodeBlocksInHtml('<p>Only prose</p>')).toBe('<p>Only prose</p>');
	});
});
