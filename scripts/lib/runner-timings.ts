/**
 * Times the demo runner in headless Chromium against the built site (served with netlify.toml's
 * headers): Run → first output for a plain TypeScript demo, cold (first run on the page: sandbox,
 * runner bundle and transpiler load) and warm (the median of the next five runs), and the same
 * for the Postgres demo.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Locator, type Page } from '@playwright/test';

const PORT = 4329;
const BASE = `http://localhost:${PORT}`;

export interface RunnerTimings {
	plainColdMs: number;
	plainWarmMs: number;
	pgliteColdMs: number;
	pgliteWarmMs: number;
	editorOpenMs: number;
}

/**
 * One run, timed by the demo itself (data-first-output-ms: Run pressed → first output received).
 * The click is a real input event at the button's centre, and the wait for the output happens
 * inside the page. Nothing of Playwright's may run on the page's main thread in between: a
 * locator finds its element by matching text across the whole chapter, and when the wait used
 * locators that search delayed the sandbox's first message by 10-25 ms in most warm runs (a warm
 * Postgres run measured a median of about 35 ms that way; 12-14 ms without it).
 */
async function firstOutputMs(page: Page, demo: Locator, expected: string): Promise<number> {
	const element = await demo.elementHandle();
	const run = await element?.$('button[data-action="run"]');
	if (!element || !run) throw new Error('No such demo, or it has no Run button');
	await run.scrollIntoViewIfNeeded();
	const box = await run.boundingBox();
	if (!box) throw new Error('The Run button is not visible');
	// Start watching before the click, so no output can slip past. The promise is wrapped in an
	// object so that evaluateHandle hands it back at once instead of waiting for it.
	const watch = await element.evaluateHandle((watched, text) => {
		const log = watched.querySelector('[role="log"]')!;
		watched.removeAttribute('data-first-output-ms');
		const seen = new Promise<void>((resolve, reject) => {
			const check = () => {
				// The attribute is set by this run's first output, after the old output is cleared.
				if (!watched.hasAttribute('data-first-output-ms')) return;
				if (!log.textContent?.includes(text)) return;
				observer.disconnect();
				clearTimeout(timer);
				resolve();
			};
			const observer = new MutationObserver(check);
			const timer = setTimeout(() => {
				observer.disconnect();
				reject(new Error(`No "${text}" in the demo's output after 60 s`));
			}, 60_000);
			observer.observe(watched, { attributes: true, childList: true, subtree: true });
		});
		return { seen };
	}, expected);
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await watch.evaluate(({ seen }) => seen);
	return Number(await element.getAttribute('data-first-output-ms'));
}

/** Warm runs are short enough for one stray background task to double them: report a median. */
const WARM_RUNS = 5;

async function medianOf(times: number, measure: () => Promise<number>): Promise<number> {
	const results: number[] = [];
	for (let i = 0; i < times; i++) results.push(await measure());
	results.sort((a, b) => a - b);
	return results[Math.floor(times / 2)]!;
}

function demo(page: Page, title: string): Locator {
	return page.locator('study-demo').filter({ has: page.getByText(title, { exact: true }) });
}

export async function measureRunner(): Promise<RunnerTimings> {
	const server = spawn(process.execPath, ['tests/support/serve.ts', '--port', String(PORT)], {
		stdio: 'ignore',
	});
	await new Promise((resolve) => setTimeout(resolve, 800));
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
	});
	try {
		const page = await browser.newPage();
		// A console demo (its sandbox is reused between runs), with its code replaced by plain TS.
		await page.goto(`${BASE}/databases/`);
		const plain = demo(page, 'The flights schema in real Postgres (PGlite)');
		await plain.scrollIntoViewIfNeeded();
		const opened = performance.now();
		await plain.getByRole('button', { name: 'Edit code' }).click();
		const editor = plain.getByRole('textbox', { name: /^TypeScript source/ });
		await editor.waitFor();
		const editorOpenMs = performance.now() - opened;
		await editor.press('ControlOrMeta+a');
		await page.keyboard.insertText(
			'const greeting: string = "plain TypeScript";\nconsole.log(greeting);\n',
		);
		const plainColdMs = await firstOutputMs(page, plain, 'plain TypeScript');
		const plainWarmMs = await medianOf(WARM_RUNS, () =>
			firstOutputMs(page, plain, 'plain TypeScript'),
		);

		await plain.getByRole('button', { name: 'Reset' }).click();
		await page.reload(); // a fresh page, so the Postgres numbers below are cold
		const pg = demo(page, 'The flights schema in real Postgres (PGlite)');
		await pg.scrollIntoViewIfNeeded();
		const pgliteColdMs = await firstOutputMs(page, pg, 'Flights longer than 500 minutes');
		const pgliteWarmMs = await medianOf(WARM_RUNS, async () => {
			// A reader looks at the output for a moment before running again; in that second the
			// sandbox readies its spare database (pressed again mid-run, a run takes 0.6-0.8 s).
			await page.waitForTimeout(1000);
			return firstOutputMs(page, pg, 'Flights longer than 500 minutes');
		});
		return { plainColdMs, plainWarmMs, pgliteColdMs, pgliteWarmMs, editorOpenMs };
	} finally {
		await browser.close();
		server.kill();
	}
}
