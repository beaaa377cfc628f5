/**
 * Saves PNG screenshots of pages of the built site served by `npm run serve`, for the README and for
 * looking at a change as a reader would.
 *   node scripts/screenshot.ts http://localhost:4321/git/ out.png [--width 1280] [--height 900] [--theme light|dark] [--full]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		width: { type: 'string', default: '1280' },
		height: { type: 'string', default: '900' },
		theme: { type: 'string', default: 'dark' },
		full: { type: 'boolean', default: false },
	},
});
const [url, out] = positionals;
if (!url || !out) throw new Error('usage: node scripts/screenshot.ts URL OUT.png [options]');

const browser = await chromium.launch({
	executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({
	viewport: { width: Number(values.width), height: Number(values.height) },
});
await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), values.theme);
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: values.full });
await browser.close();
console.log(`Saved ${out}`);
