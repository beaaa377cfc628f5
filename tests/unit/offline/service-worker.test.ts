import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../../src/integrations/service-worker';
import type { OfflineManifest } from '../../../src/offline/tiers';

/** A small built site with every kind of file the real one has. */
const FILES: Record<string, number> = {
	'index.html': 1200,
	'git/index.html': 5000,
	'review/index.html': 3000,
	'offline/index.html': 900,
	'runner/index.html': 800,
	'runner/sandbox.js': 40_000,
	'404.html': 700,
	'_astro/page.abc123.js': 2000,
	'_astro/style.def456.css': 3000,
	'pagefind/pagefind.js': 30_000,
	'pagefind/wasm.en.pagefind': 60_000,
	'pagefind/pagefind-entry.json': 200,
	'pagefind/index/en_1.pf_index': 4000,
	'pagefind/fragment/en_2.pf_fragment': 500,
	'pagefind/pagefind.en_8dbe.pf_meta': 300,
	'manifest.webmanifest': 400,
	'icons/icon-192.png': 3000,
	'runner/lib/hono.js': 20_000,
	'runner/lib/pglite.wasm': 3_000_000, // over Workbox's 2 MiB default: must still be listed
};

let dist: string;
let manifest: OfflineManifest;
let precache: Array<{ url: string; revision: string | null }>;

beforeAll(async () => {
	dist = mkdtempSync(join(tmpdir(), 'study-sw-test-'));
	for (const [file, size] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		writeFileSync(join(dist, file), 'x'.repeat(size));
	}
	manifest = await writeServiceWorker(dist);
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	// injectManifest writes the list as JSON in place of self.__WB_MANIFEST.
	precache = JSON.parse(/\[\{"revision"[^\]]*\]/.exec(sw)?.[0] ?? '[]') as typeof precache;
}, 60_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the service worker build', () => {
	it('precaches every HTML page except 404, and the runner page', () => {
		const urls = precache.map((entry) => entry.url);
		for (const page of ['/', '/git/', '/review/', '/offline/', '/runner/'])
			expect(urls).toContain(page);
		expect(urls.some((url) => url.includes('404'))).toBe(false);
		expect(urls.some((url) => url.endsWith('index.html'))).toBe(false);
	});

	it('precaches the whole Pagefind bundle and the runtime-free runner code', () => {
		const urls = precache.map((entry) => entry.url);
		for (const file of Object.keys(FILES).filter((f) => f.startsWith('pagefind/')))
			expect(urls).toContain(`/${file}`);
		expect(urls).toContain('/runner/sandbox.js');
		expect(urls).toContain('/_astro/page.abc123.js');
	});

	it('keeps demo runtimes out of the core tier and lists them, big files included', () => {
		const urls = precache.map((entry) => entry.url);
		expect(urls.some((url) => url.startsWith('/runner/lib/'))).toBe(false);
		expect(manifest.runtimes.files.map((f) => f.url).sort()).toEqual([
			'runner/lib/hono.js',
			'runner/lib/pglite.wasm',
		]);
		expect(manifest.runtimes.bytes).toBe(3_020_000);
	});

	it('reports each tier’s size, and hashed /_astro/ files need no revision', () => {
		const coreFiles = Object.entries(FILES).filter(
			([f]) => !f.startsWith('runner/lib/') && f !== '404.html',
		);
		// The manifest file itself is precached too.
		expect(manifest.core.files).toBe(coreFiles.length + 1);
		expect(manifest.core.bytes).toBeGreaterThan(coreFiles.reduce((sum, [, n]) => sum + n, 0));
		expect(precache.find((e) => e.url === '/_astro/page.abc123.js')?.revision).toBeNull();
		expect(precache.find((e) => e.url === '/git/')?.revision).toMatch(/^[0-9a-f]{32}$/);
	});

	it('changes version when a page changes', async () => {
		writeFileSync(join(dist, 'git/index.html'), 'changed');
		const next = await writeServiceWorker(dist);
		expect(next.version).not.toBe(manifest.version);
	}, 60_000);
});
