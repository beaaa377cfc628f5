import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, builtRoutes } from './fixtures';

// /runner/ is the demo sandbox, not a page anyone reads: it is checked as part of the chapter
// pages that embed it, where its output appears.
const readerRoutes = builtRoutes().filter((route) => route !== '/runner/');

/**
 * Highlighted code is thousands of coloured tokens per chapter, all drawn from the same two
 * Expressive Code themes: checked once per language mix (CODE_ROUTES), not again on every page,
 * which would take axe minutes per chapter on this 2-core machine.
 */
const CODE_ROUTES = ['/flask/', '/databases/', '/javascript/'];

async function open(page: Page, route: string, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(route);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	// Off-screen blocks skip rendering (content-visibility: auto, in theme.css), and every check
	// inside one would force a layout of its own: render them all, as a reader who scrolls
	// through the page would, so axe checks each exactly as shown.
	await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

function summary(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
	return results.violations.map(
		(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

for (const theme of ['light', 'dark'] as const) {
	for (const route of readerRoutes) {
		test(`axe finds no violations on ${route} (${theme})`, async ({ page }) => {
			test.setTimeout(120_000);
			await open(page, route, theme);
			const results = await new AxeBuilder({ page }).exclude('.expressive-code').analyze();
			expect(summary(results)).toEqual([]);
		});
	}
	for (const route of CODE_ROUTES) {
		test(`axe finds no violations in the highlighted code on ${route} (${theme})`, async ({
			page,
		}) => {
			test.setTimeout(150_000);
			await open(page, route, theme);
			const results = await new AxeBuilder({ page }).include('.expressive-code').analyze();
			expect(summary(results)).toEqual([]);
		});
	}
}
