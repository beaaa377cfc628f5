import { test, expect } from './fixtures';
import { demoByTitle, runEditedCode } from './demo-helpers';

const ATTACK = `
const attempts: [string, () => unknown][] = [
	['localStorage', () => localStorage.getItem('study-secret')],
	['cookies', () => document.cookie],
	['IndexedDB', () => indexedDB.open('study')],
	['parent.document', () => parent.document.title],
	['top navigation', () => { top!.location.href = '/about/'; return 'navigated'; }],
	['popup', () => window.open('/about/')],
	['service worker', () => navigator.serviceWorker.register('/sw.js')],
];
for (const [name, attempt] of attempts) {
	try {
		const result = await attempt();
		console.log(name + ': ' + (result === null || result === undefined || result === '' ? 'blocked (got nothing)' : 'ALLOWED ' + String(result)));
	} catch (error) {
		console.log(name + ': blocked (' + (error as Error).name + ')');
	}
}
`;

test.describe('attacks from demo code', () => {
	// Chrome reports the blocked navigation and popup on the console; that report is the point.
	test.use({
		// (Playwright reads an array here as [value, options], hence the extra brackets.)
		expectedErrors: [
			[/Unsafe attempt to initiate navigation/, /Blocked opening .* sandboxed frame/],
			{ scope: 'test' },
		],
	});

	test('demo code cannot reach the site’s storage, cookies, DOM, navigation, popups or workers', async ({
		page,
		context,
	}) => {
		await page.goto('/git/');
		await page.evaluate(() => {
			localStorage.setItem('study-secret', 'progress');
			document.cookie = 'session=secret; path=/';
		});
		const log = await runEditedCode(
			demoByTitle(page, 'Status, add, commit and log on a real repository'),
			ATTACK,
		);
		const entries = log.locator('.entry');
		await expect(entries).toHaveCount(7, { timeout: 10_000 });
		for (const line of await entries.allTextContents()) {
			expect(line).toMatch(/: blocked \(/);
		}
		expect(page.url()).toMatch(/\/git\/$/);
		expect(context.pages()).toHaveLength(1);
		expect(await page.evaluate(() => localStorage.getItem('study-secret'))).toBe('progress');
	});
});

test('forged messages do not reach a demo: wrong source or wrong shape is ignored', async ({
	page,
}) => {
	await page.goto('/git/');
	const demo = demoByTitle(page, 'Status, add, commit and log on a real repository');
	const log = await runEditedCode(
		demo,
		[
			'console.log("real output");',
			'// The sandbox posts look-alike protocol messages to the page…',
			"parent.postMessage({ type: 'killed', reason: 'memory' }, '*');",
			"parent.postMessage({ type: 'console', runId: 'x', level: 'log', args: [] }, '*');",
		].join('\n'),
	);
	await expect(log).toHaveText('real output');
	// …and the page itself (another source) posts a well-formed one.
	await page.evaluate(() =>
		window.postMessage(
			{ type: 'console', runId: 1, level: 'log', args: [{ t: 'string', v: 'FORGED' }] },
			'*',
		),
	);
	await page.waitForTimeout(300);
	await expect(log).toHaveText('real output');
	await expect(demo.getByRole('status')).toContainText('Finished');
});
