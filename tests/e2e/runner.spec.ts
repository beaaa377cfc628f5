import { test, expect } from './fixtures';
import { demoByTitle, runEditedCode } from './demo-helpers';

const CONSOLE_DEMO = 'Status, add, commit and log on a real repository';

test.beforeEach(async ({ page }) => {
	await page.goto('/git/');
});

test('without interaction a demo is highlighted source; the editor and sandbox load on use', async ({
	page,
}) => {
	const demo = demoByTitle(page, CONSOLE_DEMO);
	await expect(demo.locator('.demo-code .expressive-code')).toBeVisible();
	await expect(demo.locator('iframe')).toHaveCount(0);
	await expect(demo.locator('.cm-editor')).toHaveCount(0);
	await demo.scrollIntoViewIfNeeded();
	await expect(demo.getByRole('button', { name: /^Run/ })).toBeVisible();
	await expect(demo.locator('.cm-editor')).toHaveCount(0);
});

test('objects are pretty-printed and expandable, tables are tables, errors show the TS line', async ({
	page,
}) => {
	const demo = demoByTitle(page, CONSOLE_DEMO);
	const log = await runEditedCode(
		demo,
		[
			'const flight: { origin: string; stops: string[] } = { origin: "Paris", stops: ["Rome"] };',
			'console.log("flight", flight);',
			'console.table([{ name: "Alice", seat: 3 }, { name: "Bob", seat: 4 }]);',
			'console.warn("careful");',
			'',
			'throw new Error("boom on line 6");',
		].join('\n'),
	);
	await expect(log.locator('.entry').first()).toContainText(
		'flight {origin: "Paris", stops: ["Rome"]}',
	);
	await log.locator('details summary').first().click();
	await expect(log.locator('details[open] li').first()).toContainText('origin: "Paris"');
	await expect(log.getByRole('table')).toContainText('Alice');
	await expect(log.getByRole('columnheader', { name: 'seat' })).toBeVisible();
	await expect(log.locator('.entry-warn')).toHaveText('Warning: careful');
	await expect(log.locator('.entry-error')).toHaveText('Error: Line 6: Error: boom on line 6');
	await expect(log.locator('.entry-error')).toHaveCSS(
		'color',
		/rgb\((179, 38, 30|255, 139, 139)\)/,
	);
});

test('an unhandled rejection and a syntax error are reported at the reader’s line', async ({
	page,
}) => {
	const demo = demoByTitle(page, CONSOLE_DEMO);
	const log = await runEditedCode(
		demo,
		'const a = 1;\n\nPromise.reject(new TypeError("no flight " + a));\n',
	);
	await expect(log.locator('.entry-error')).toHaveText('Error: Line 3: TypeError: no flight 1');
	await demo.locator('.cm-content').press('ControlOrMeta+a');
	await page.keyboard.insertText('const ok = 1;\nconst = 2;\n');
	await demo.locator('.cm-content').press('ControlOrMeta+Enter');
	await expect(log.locator('.entry-error')).toContainText('Line 2: ');
});

test('importing a package outside the allow-list names the package', async ({ page }) => {
	const log = await runEditedCode(
		demoByTitle(page, CONSOLE_DEMO),
		"import _ from 'lodash';\nconsole.log(_.chunk([1, 2, 3], 2));\n",
	);
	await expect(log.locator('.entry-error')).toContainText(
		'Line 1: Cannot import "lodash": demos can import only isomorphic-git',
	);
});

test('edits survive a reload in the same session; Reset restores the original', async ({
	page,
}) => {
	const demo = demoByTitle(page, CONSOLE_DEMO);
	await runEditedCode(demo, 'console.log("edited " + 40 + 2);\n');
	await expect(demo.getByRole('log')).toHaveText('edited 402');
	await page.reload();
	const reloaded = demoByTitle(page, CONSOLE_DEMO);
	await reloaded.scrollIntoViewIfNeeded();
	await expect(reloaded.locator('.cm-content')).toHaveText('console.log("edited " + 40 + 2);');
	await reloaded.getByRole('button', { name: 'Reset' }).click();
	await expect(reloaded.locator('.cm-content')).toContainText('A real Git repository, in memory');
	await expect(reloaded.getByRole('button', { name: 'Reset' })).toBeDisabled();
});

test('an infinite loop is stopped within 2 s, the page stays responsive, and Run works again', async ({
	page,
}) => {
	// Search is what the reader types into below. Load its UI and index first: loading them takes
	// the page's main thread for a moment, which would delay the watchdog being timed here.
	const search = page.getByRole('textbox', { name: 'Search' });
	await page.getByRole('button', { name: 'Search' }).click();
	await search.fill('loop');
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
	await page.keyboard.press('Escape');
	const demo = demoByTitle(page, CONSOLE_DEMO);
	const log = await runEditedCode(demo, 'let spins = 0;\nwhile (true) { spins++; }\n');
	// While the sandbox spins (in its own process), the page keeps painting and accepts typing.
	const frames = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const start = performance.now();
				let count = 0;
				const tick = () => {
					count++;
					if (performance.now() - start < 500) requestAnimationFrame(tick);
					else resolve(count);
				};
				requestAnimationFrame(tick);
			}),
	);
	expect(frames).toBeGreaterThan(5);
	await page.getByRole('button', { name: 'Search' }).click();
	await search.clear();
	await search.pressSequentially('loop');
	await expect(search).toHaveValue('loop');
	await page.keyboard.press('Escape');
	await expect(log.locator('.entry-error')).toContainText('Stopped: the demo did not respond', {
		timeout: 3000,
	});
	// Measured in the page from the moment the code started to the stop: the watchdog's 1.5 s
	// plus at most one ping interval.
	expect(Number(await demo.getAttribute('data-stopped-after-ms'))).toBeLessThan(2000);
	await demo.locator('.cm-content').press('ControlOrMeta+a');
	await page.keyboard.insertText('console.log("back to normal");\n');
	await demo.getByRole('button', { name: /^Run/ }).click();
	await expect(log).toHaveText('back to normal');
});

test('a memory bomb is stopped too', async ({ page }) => {
	const demo = demoByTitle(page, CONSOLE_DEMO);
	const log = await runEditedCode(
		demo,
		'const hog: number[][] = [];\nsetInterval(() => { for (let i = 0; i < 20; i++) hog.push(new Array(1_000_000).fill(i)); }, 5);\n',
	);
	await expect(log.locator('.entry-error')).toContainText('Stopped: the demo', { timeout: 15_000 });
	await demo.locator('.cm-content').press('ControlOrMeta+a');
	await page.keyboard.insertText('console.log("recovered");\n');
	await demo.getByRole('button', { name: /^Run/ }).click();
	await expect(log).toHaveText('recovered');
});
