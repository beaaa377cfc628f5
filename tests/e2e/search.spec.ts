import { test, expect } from './fixtures';

test('searching "merge conflict" from another page lands in the Git chapter', async ({ page }) => {
	await page.goto('/about/');
	// The shortcut is wired when the search element upgrades, which also enables its button.
	await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
	await page.keyboard.press('ControlOrMeta+k');
	const input = page.getByRole('textbox', { name: 'Search' });
	// The dialog focuses the input once Pagefind's UI has loaded, which competes with the service
	// worker caching the site on a first visit.
	await expect(input).toBeFocused({ timeout: 15_000 });
	await input.fill('merge conflict');
	const results = page.locator('.pagefind-ui__result');
	await expect(results.first()).toBeVisible();
	await expect(results.first().locator('.pagefind-ui__result-link').first()).toContainText('Git');
	await expect(results.first().locator('mark').first()).toBeVisible();
	await results.first().locator('a').first().click();
	await expect(page).toHaveURL(/\/git\/(#.*)?$/);
});

test('results can be narrowed to one chapter with the chapter filter', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	// "branch" appears in the Git chapter and on the About page, so the filter has work to do.
	await page.getByRole('textbox', { name: 'Search' }).fill('branch');
	const pageLinks = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
	await expect(pageLinks.filter({ hasNotText: 'Git and version control' }).first()).toBeVisible();
	// With more than six chapters Pagefind folds the filter group; open it as a reader would.
	await page.locator('.pagefind-ui__filter-name', { hasText: 'Chapter' }).click();
	await page.getByRole('checkbox', { name: /Git and version control/ }).check({ force: true });
	await expect(pageLinks.filter({ hasNotText: 'Git and version control' })).toHaveCount(0);
	await expect(pageLinks).toHaveCount(1);
});

test('a command search leads to the section that explains it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('textbox', { name: 'Search' }).fill('revert');
	const sections = page.locator('.pagefind-ui__result-nested a');
	await expect(sections.first()).toBeVisible();
	await expect(sections.filter({ hasText: /revert/i }).first()).toBeVisible();
});
