import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { test, expect } from './fixtures';

/**
 * A deploy of a new version while a reader has the old one open. Version A is the real build;
 * version B is a copy with a changed Git page and one lazily loaded script renamed (so A's file
 * no longer exists on the server), and its own service worker.
 */
const PORT = 4331;
const BASE = `http://localhost:${PORT}`;
const MARKER = 'Version B of this page';

function makeVersionB(from: string, to: string): { goneFromB: string } {
	cpSync(from, to, { recursive: true });
	const chunk = readdirSync(join(to, '_astro')).find((f) => /^demo-element\.[\w-]+\.js$/.test(f))!;
	const renamed = chunk.replace('demo-element.', 'demo-element-b.');
	renameSync(join(to, '_astro', chunk), join(to, '_astro', renamed));
	for (const file of readdirSync(to, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(html|js)$/.test(file) || file.startsWith('runner/lib/')) continue;
		const path = join(to, file);
		const text = readFileSync(path, 'utf8');
		if (text.includes(chunk)) writeFileSync(path, text.replaceAll(chunk, renamed));
	}
	const git = join(to, 'git', 'index.html');
	writeFileSync(
		git,
		readFileSync(git, 'utf8').replace('<h1', `<p id="version-b">${MARKER}</p><h1`),
	);
	return { goneFromB: `/_astro/${chunk}` };
}

let server: ChildProcess | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'study-update-'));
test.afterAll(() => {
	server?.kill();
	rmSync(scratch, { recursive: true, force: true });
});

async function serve(dir: string) {
	server?.kill();
	server = spawn(
		process.execPath,
		['tests/support/serve.ts', '--dir', dir, '--port', String(PORT)],
		{
			stdio: 'ignore',
		},
	);
	for (let i = 0; i < 50; i++) {
		if (
			await fetch(`${BASE}/`).then(
				(r) => r.ok,
				() => false,
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('server did not start');
}

test('a new deploy prompts for a reload, never mixes versions, and keeps study data', async ({
	page,
	pageErrors,
}) => {
	test.setTimeout(240_000);
	const site = join(scratch, 'site');
	const versionB = join(scratch, 'b');
	cpSync('dist', site, { recursive: true });
	const { goneFromB } = makeVersionB('dist', versionB);
	await writeServiceWorker(versionB);
	await serve(site);

	// Version A, saved for offline (pages only, to keep the test quick), with some study data.
	await page.addInitScript(() => localStorage.setItem('study-offline', 'core'));
	await page.goto(`${BASE}/git/`);
	await expect(page.getByRole('button', { name: /^Pages ready offline/ })).toBeVisible({
		timeout: 120_000,
	});
	await page.locator('.quiz').scrollIntoViewIfNeeded();
	const firstItem = page.locator('.quiz form.quiz-item').first();
	await expect(firstItem).toHaveClass(/is-enhanced/);
	await firstItem.locator('.quiz-choices input').first().check();
	await firstItem.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.quiz-score')).toBeVisible();

	// Deploy B: same address, A's renamed script is gone from the server.
	rmSync(site, { recursive: true, force: true });
	cpSync(versionB, site, { recursive: true });
	expect((await fetch(`${BASE}${goneFromB}`)).status).toBe(404);

	const failed: string[] = [];
	page.on('requestfailed', (request) => failed.push(request.url()));
	await page.goto(`${BASE}/git/`);
	// Still A, from the cache, complete: its demos hydrate with A's (now deleted) script.
	await expect(page.locator('#version-b')).toHaveCount(0);
	const demo = page.locator('study-demo').first();
	await demo.scrollIntoViewIfNeeded();
	await expect(demo.getByRole('button', { name: /^Run/ })).toBeVisible();
	const prompt = page
		.getByRole('status')
		.filter({ hasText: 'A new version of the site is available.' });
	await expect(prompt).toBeVisible({ timeout: 120_000 });
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('#version-b')).toHaveText(MARKER, { timeout: 30_000 });

	// B is complete too, and the reader's answers survived the update.
	await page.locator('.quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('.quiz-score')).toHaveText(/^Score: \d of \d+ right/);
	const oldCaches = await page.evaluate(async () => (await caches.keys()).join(' '));
	expect(oldCaches).toMatch(/workbox-precache/);
	expect(failed).toEqual([]);
	expect(pageErrors).toEqual([]);
});
