import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, builtRoutes, chapterSlugs } from './fixtures';
import { demoByTitle, runEditedCode } from './demo-helpers';

/** The status control in the corner, once both tiers are cached. */
async function waitUntilReadyOffline(page: Page): Promise<void> {
	await expect(page.getByRole('button', { name: /^Ready offline · \d+\.\d MB$/ })).toBeVisible({
		timeout: 150_000,
	});
}

async function runDemo(page: Page, title: string, expected: string | RegExp): Promise<void> {
	const demo = demoByTitle(page, title);
	await demo.scrollIntoViewIfNeeded();
	await demo.getByRole('button', { name: /^Run/ }).click();
	await expect(demo.getByRole('log')).toContainText(expected, { timeout: 30_000 });
}

test('after one visit, every page, the search and every kind of demo work with no network', async ({
	page,
	context,
}) => {
	test.setTimeout(300_000);
	await page.goto('/');
	await waitUntilReadyOffline(page);
	await context.setOffline(true);

	for (const slug of chapterSlugs()) {
		await page.goto(`/${slug}/`);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.sl-markdown-content')).not.toBeEmpty();
	}
	await page.goto('/review/');
	await expect(page.locator('.review-counts')).toBeVisible();

	// Search: the Pagefind bundle and index come from the cache.
	await page.goto('/about/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('textbox', { name: 'Search' }).fill('merge conflict');
	const result = page.locator('.pagefind-ui__result').first();
	await expect(result).toContainText('Git');
	await result.locator('a').first().click();
	await expect(page).toHaveURL(/\/git\/(#.*)?$/);

	// A plain demo (no libraries), the git demo (isomorphic-git) and Postgres (PGlite).
	await page.goto('/javascript/');
	const log = await runEditedCode(
		demoByTitle(page, 'Capturing, target and bubbling on nested boxes'),
		'const sum: number = [1, 2, 3].reduce((a, b) => a + b, 0);\nconsole.log(`offline sum: ${sum}`);\n',
	);
	await expect(log).toContainText('offline sum: 6');
	await page.goto('/git/');
	await runDemo(
		page,
		'A merge conflict in notes.txt, and its resolution',
		'CONFLICT in notes.txt: both branches changed the same line',
	);
	await page.goto('/databases/');
	await runDemo(page, 'The flights schema in real Postgres (PGlite)', 'Connected to PostgreSQL');

	// A page that was never saved gets the offline page, not the browser's error.
	await page.goto('/not-a-page/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
});

test('the status control shows what is stored, and can remove it', async ({ page }) => {
	test.setTimeout(200_000);
	await page.goto('/git/');
	await waitUntilReadyOffline(page);
	const toggle = page.getByRole('button', { name: /^Ready offline/ });
	await toggle.click();
	const panel = page.getByRole('region', { name: 'Saved for offline use' });
	await expect(panel).toContainText(
		/Pages, search and the demo runner: \d+ files, [\d.]+ MB — saved\./,
	);
	await expect(panel).toContainText(/Demo runtimes .*: \d+ files, [\d.]+ MB — saved\./);
	await expect(panel).toContainText('Your study progress is stored separately');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(toggle).toBeFocused();

	await toggle.click();
	await panel.getByRole('button', { name: 'Remove offline copies' }).click();
	await expect(page.getByRole('button', { name: 'Offline copies removed' })).toBeVisible();
	expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
	await page.reload();
	// The choice is remembered: nothing is cached again until the reader asks.
	await expect(page.getByRole('button', { name: 'Not saved offline' })).toBeVisible();
});

test('with Save-Data on, the heavy runtimes wait until the reader asks', async ({ page }) => {
	test.setTimeout(200_000);
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', { value: { saveData: true } }),
	);
	await page.goto('/');
	await expect(page.getByRole('button', { name: /^Pages ready offline · [\d.]+ MB$/ })).toBeVisible(
		{
			timeout: 120_000,
		},
	);
	expect(
		await page.evaluate(
			async () => (await caches.keys()).filter((key) => key.startsWith('study-runtimes-')).length,
		),
	).toBe(0);
	await page.getByRole('button', { name: /^Pages ready offline/ }).click();
	await page.getByRole('button', { name: /^Save demo runtimes too \([\d.]+ MB\)$/ }).click();
	await waitUntilReadyOffline(page);
});

test('the service worker precaches every page and the whole search index', () => {
	const sw = readFileSync('dist/sw.js', 'utf8');
	for (const route of builtRoutes())
		expect(sw, `${route} in the precache list`).toContain(`"${route}"`);
	const pagefind = readdirSync('dist/pagefind', { recursive: true, encoding: 'utf8' }).filter(
		(file) => statSync(`dist/pagefind/${file}`).isFile(),
	);
	expect(pagefind.length).toBeGreaterThan(10);
	for (const file of pagefind) expect(sw, `pagefind/${file}`).toContain(`"/pagefind/${file}"`);
	const manifest = JSON.parse(readFileSync('dist/offline-manifest.json', 'utf8'));
	expect(manifest.runtimes.files.map((f: { url: string }) => f.url)).toContain(
		'runner/lib/pglite.wasm',
	);
});
