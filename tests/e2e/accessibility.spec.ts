import AxeBuilder from '@axe-core/playwright';
import { test, expect, builtRoutes } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
	for (const route of builtRoutes()) {
		test(`axe finds no violations on ${route} (${theme})`, async ({ page }) => {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(route);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			);
			expect(summary).toEqual([]);
		});
	}
}
