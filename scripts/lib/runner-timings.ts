/**
 * Times the demo runner in headless Chromium against the built site (served with netlify.toml's
 * headers): Run → first output for a plain TypeScript demo, cold (first run on the page: sandbox,
 * runner bundle and transpiler load) and warm (the next run), and the same for the Postgres demo.
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
		const plainWarmMs = await firstOutputMs(plain, 'plain TypeScript');

		await plain.getByRole('button', { name: 'Reset' }).click();
		await page.reload(); // a fresh page, so the Postgres numbers below are cold
		const pg = demo(page, 'The flights schema in real Postgres (PGlite)');
		await pg.scrollIntoViewIfNeeded();
		const pgliteColdMs = await firstOutputMs(pg, 'Flights longer than 500 minutes');
		await page.waitForTimeout(3000); // let the sandbox warm its spare database
		const pgliteWarmMs = await firstOutputMs(pg, 'Flights longer than 500 minutes');
		return { plainColdMs, plainWarmMs, pgliteColdMs, pgliteWarmMs, editorOpenMs };
	} finally {
		await browser.close();
		server.kill();
	}
}
