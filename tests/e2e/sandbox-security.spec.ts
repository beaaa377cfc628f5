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
	['form submission', () => {
		const form = document.createElement('form');
		form.action = '/about/';
		form.method = 'post';
		document.body.append(form);
		form.submit();
		return undefined;
	}],
];
for (const [name, attempt] of attempts) {
	try {
		const result = await attempt();
		console.log(name + ': ' + (result === null || result === undefined || result === '' ? 'blocked (got nothing)' : 'ALLOWED ' + String(result)));
	} catch (error) {
		console.log(name + ': blocked (' + (error as Error).name + ')');
	}
}
// Had the form been sent, this frame would have left /runner/ by now.
await new Promise((resolve) => setTimeout(resolve, 500));
console.log('still in the sandbox: blocked (' + location.pathname + ')');
`;

test.describe('attacks from demo code', () => {
	// Chrome reports the blocked navigation and popup on the console; that report is the point.
	test.use({
		// (Playwright reads an array here as [value, options], hence the extra brackets.)
		expectedErrors: [
			[
				/Unsafe attempt to initiate navigation/,
				/Blocked opening .* sandboxed frame/,
				/form-action/,
			],
			{ scope: 'test' },
		],
	});

	test('demo code cannot reach the site’s storage, cookies, DOM, navigation, popups, workers or send forms', async ({
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
		// One line per attempt, the runner's report of the refused form, and the final check.
		await expect(entries).toHaveCount(10, { timeout: 10_000 });
		const lines = await entries.allTextContents();
		expect(lines).toContain(
			'Error: CSP violation: form-action blocked http://localhost:4321/about/',
		);
		for (const line of lines.filter((text) => !text.startsWith('Error: CSP violation'))) {
			expect(line).toMatch(/: blocked \(/);
		}
		expect(lines.at(-1)).toBe('still in the sandbox: blocked (/runner/)');
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
