import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

function demo(page: Page, title: string) {
	return page.locator('study-demo').filter({ has: page.getByText(title, { exact: true }) });
}

test('a DOM demo runs in the sandbox and prints event phases in order', async ({ page }) => {
	await page.goto('/javascript/');
	const events = demo(page, 'Capturing, target and bubbling on nested boxes');
	await events.scrollIntoViewIfNeeded();
	await events.getByRole('button', { name: /^Run/ }).click();
	const log = events.getByRole('log');
	await expect(log).toContainText('Click 2: the same click');
	await expect(log.locator('.entry').nth(1)).toHaveText('  capturing listener on outer');
	await expect(log).toContainText('middle called stopPropagation()');
	await expect(events.locator('iframe')).toBeVisible();
	await expect(events.getByRole('status')).toContainText('Finished');
});
