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

async function firstOutputMs(demo: Locator, expected: string): Promise<number> {
	await demo.getByRole('button', { name: /^Run/ }).click();
	await demo.getByRole('log').getByText(expected).first().waitFor({ timeout: 60_000 });
	return Number(await demo.getAttribute('data-first-output-ms'));
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
		const plainColdMs = await firstOutputMs(plain, 'plain TypeScript');
		const plainWarmMs = await medianOf(WARM_RUNS, () => firstOutputMs(plain, 'plain TypeScript'));

		await plain.getByRole('button', { name: 'Reset' }).click();
		await page.reload(); // a fresh page, so the Postgres numbers below are cold
		const pg = demo(page, 'The flights schema in real Postgres (PGlite)');
		await pg.scrollIntoViewIfNeeded();
		const pgliteColdMs = await firstOutputMs(pg, 'Flights longer than 500 minutes');
		const pgliteWarmMs = await medianOf(WARM_RUNS, async () => {
			await page.waitForTimeout(3000); // let the sandbox warm its spare database
			return firstOutputMs(pg, 'Flights longer than 500 minutes');
		});
		return { plainColdMs, plainWarmMs, pgliteColdMs, pgliteWarmMs, editorOpenMs };
	} finally {
		await browser.close();
		server.kill();
	}
}
