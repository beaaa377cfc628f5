/**
 * Lighthouse scores for a few representative pages of the built site, served with netlify.toml's
 * headers (tests/support/serve.ts), in the same headless Chromium the e2e tests use. Lighthouse's
 * default mobile profile: a mid-range phone on a slow 4G connection, throttling simulated.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4331;

export interface LighthouseResult {
	url: string;
	scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
}

export async function runLighthouse(paths: string[]): Promise<LighthouseResult[]> {
	const server = spawn(process.execPath, ['tests/support/serve.ts', '--port', String(PORT)], {
		stdio: 'ignore',
	});
	await new Promise((resolve) => setTimeout(resolve, 800));
	const chrome = await chromeLauncher.launch({
		chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
	try {
		const results: LighthouseResult[] = [];
		for (const path of paths) {
			const url = `http://localhost:${PORT}${path}`;
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { categories, audits } = run.lhr;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
			results.push({
				url: path,
				scores: {
					performance: score('performance'),
					accessibility: score('accessibility'),
					'best-practices': score('best-practices'),
					seo: score('seo'),
				},
				metrics: {
					fcpMs: Math.round(value('first-contentful-paint')),
					lcpMs: Math.round(value('largest-contentful-paint')),
					tbtMs: Math.round(value('total-blocking-time')),
					cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
				},
			});
		}
		return results;
	} finally {
		chrome.kill();
		server.kill();
	}
}
