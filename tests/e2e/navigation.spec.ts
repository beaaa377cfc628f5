import { test, expect, chapterSlugs } from './fixtures';

test('the home course map lists every chapter that exists, in order, with summary and topics', async ({
	page,
}) => {
	await page.goto('/');
	const cards = page.getByRole('list', { name: 'Chapters' }).locator(':scope > li');
	await expect(cards).toHaveCount(chapterSlugs().length);
	const first = cards.first();
	await expect(first.getByRole('link')).toHaveAttribute('href', '/git/');
	await expect(first.getByRole('link')).toContainText('01');
	await expect(first.locator('.summary')).not.toBeEmpty();
	await expect(
		first.getByRole('list', { name: /^Topics in/ }).getByRole('listitem'),
	).not.toHaveCount(0);
	await first.getByRole('link').click();
	await expect(page).toHaveURL(/\/git\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Git and version control');
});

test('a chapter shows its objectives, sidebar entry and prev/next links', async ({ page }) => {
	await page.goto('/git/');
	await expect(
		page.getByRole('heading', { name: 'By the end of this chapter you can' }),
	).toBeVisible();
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	await expect(sidebar.getByRole('link', { name: 'Git and version control' })).toHaveAttribute(
		'aria-current',
		'page',
	);
	await sidebar.getByRole('link', { name: 'About this course' }).click();
	await expect(page).toHaveURL(/\/about\/$/);
	await page.getByRole('link', { name: /^Next/ }).click();
	await expect(page).toHaveURL(/\/git\/$/);
	await page.getByRole('link', { name: /^Previous/ }).click();
	await expect(page).toHaveURL(/\/about\/$/);
});

test('the theme toggle switches between light and dark and remembers the choice', async ({
	page,
}) => {
	await page.goto('/git/');
	const select = page.getByRole('combobox', { name: 'Select theme' }).first();
	await select.selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await select.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('on a 375 px phone the menu opens, navigates and nothing scrolls sideways', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.goto('/about/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Git and version control' })
		.click();
	await expect(page).toHaveURL(/\/git\/$/);
	const chapterOverflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(chapterOverflow).toBeLessThanOrEqual(0);
});

test('a chapter reads fully with JavaScript disabled', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/git/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Git and version control');
	await expect(page.getByRole('heading', { name: 'Key terms' })).toBeVisible();
	await expect(page.locator('figure svg[role="img"]').first()).toBeVisible();
	await context.close();
});

test('the Python/TypeScript choice is remembered across pages (synced tabs)', async ({ page }) => {
	await page.goto('/databases/');
	const pairs = page
		.locator('starlight-tabs')
		.filter({ has: page.getByRole('tab', { name: 'TypeScript' }) });
	const firstPair = pairs.first();
	await firstPair.getByRole('tab', { name: 'TypeScript' }).click();
	await expect(firstPair.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute(
		'aria-selected',
		'true',
	);
	await page.goto('/javascript/');
	const otherPage = pairs.first();
	await expect(otherPage.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute(
		'aria-selected',
		'true',
	);
	await expect(otherPage.getByRole('tabpanel')).toBeVisible();
});
