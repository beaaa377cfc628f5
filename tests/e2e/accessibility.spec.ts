import AxeBuilder from '@axe-core/playwright';
import { test, expect, builtRoutes } from './fixtures';

// /runner/ is the demo sandbox, not a page anyone reads: it is checked as part of the chapter
// pages that embed it, where its output appears.
const readerRoutes = builtRoutes().filter((route) => route !== '/runner/');

for (const theme of ['light', 'dark'] as const) {
	for (const route of readerRoutes) {
		test(`axe finds no violations on ${route} (${theme})`, async ({ page }) => {
			// Long chapters have thousands of highlighted code tokens to contrast-check.
			test.setTimeout(120_000);
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(route);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// Off-screen blocks skip rendering (content-visibility: auto, in theme.css), and every
			// contrast check inside one would force a layout of its own: render them all, as a
			// reader who scrolls through the page would, so axe checks each exactly as shown.
			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			);
			expect(summary).toEqual([]);
		});
	}
}
