/**
 * Sizes of the two offline tiers as a reader's browser downloads them (gzip, as the server sends
 * them), from the precache list in dist/sw.js and dist/offline-manifest.json, and the time from a
 * first visit to "Ready offline" in headless Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { OfflineManifest } from '../../src/offline/tiers.ts';

const gz = (data: Buffer) => gzipSync(data, { level: 6 }).length;

export interface TierSizes {
	coreFiles: number;
	coreGzip: number;
	runtimeFiles: number;
	runtimeGzip: number;
}

export function tierSizes(dist: string): TierSizes {
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
	const fileOf = (url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
	const manifest = JSON.parse(
		readFileSync(join(dist, 'offline-manifest.json'), 'utf8'),
	) as OfflineManifest;
	return {
		coreFiles: urls.length,
		coreGzip: urls.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0),
		runtimeFiles: manifest.runtimes.files.length,
		runtimeGzip: manifest.runtimes.files.reduce(
			(sum, file) => sum + gz(readFileSync(join(dist, file.url))),
			0,
		),
	};
}

/** First visit to the home page → the status control says "Ready offline" (both tiers). */
export async function timeToReadyOffline(): Promise<number> {
	const port = 4332;
	const server = spawn(process.execPath, ['tests/support/serve.ts', '--port', String(port)], {
		stdio: 'ignore',
	});
	await new Promise((resolve) => setTimeout(resolve, 800));
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
	});
	try {
		const page = await browser.newPage();
		const started = performance.now();
		await page.goto(`http://localhost:${port}/`);
		await page.getByRole('button', { name: /^Ready offline/ }).waitFor({ timeout: 300_000 });
		return Math.round(performance.now() - started);
	} finally {
		await browser.close();
		server.kill();
	}
}
