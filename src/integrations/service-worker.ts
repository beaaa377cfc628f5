import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest, injectManifest, type ManifestTransform } from 'workbox-build';
import {
	CORE_GLOBS,
	CORE_IGNORES,
	MAX_FILE_BYTES,
	RUNTIME_GLOBS,
	type OfflineFile,
	type OfflineManifest,
} from '../offline/tiers';

const SW_SOURCE = fileURLToPath(new URL('../sw/sw.ts', import.meta.url));

/**
 * Writes dist/sw.js (Workbox injectManifest over src/sw/sw.ts) and dist/offline-manifest.json.
 * Runs last, after every other step has written its files into dist/. Exported on its own so
 * the update test can rebuild the worker for a changed copy of the site.
 */
export async function writeServiceWorker(dist: string): Promise<OfflineManifest> {
	const runtimes = await getManifest({
		globDirectory: dist,
		globPatterns: RUNTIME_GLOBS,
		maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
	});
	const runtimeFiles: OfflineFile[] = await Promise.all(
		runtimes.manifestEntries!.map(async (entry) => ({
			url: entry.url,
			revision: entry.revision ?? null,
			size: (await stat(join(dist, entry.url))).size,
		})),
	);
	const runtimeVersion = createHash('sha256')
		.update(JSON.stringify(runtimeFiles))
		.digest('hex')
		.slice(0, 12);

	// The offline manifest is itself precached, so it is written (with a placeholder version)
	// before the core list is taken, then rewritten once the version is known.
	const manifestPath = join(dist, 'offline-manifest.json');
	const draft: OfflineManifest = {
		version: 'pending',
		core: { files: 0, bytes: 0 },
		runtimes: { files: runtimeFiles, bytes: runtimes.size },
	};
	await writeFile(manifestPath, JSON.stringify(draft));

	const scratch = await mkdtemp(join(tmpdir(), 'study-sw-'));
	try {
		const bundled = join(scratch, 'sw.js');
		await build({
			entryPoints: [SW_SOURCE],
			bundle: true,
			format: 'iife',
			target: 'es2022',
			minify: true,
			outfile: bundled,
			define: {
				__RUNTIME_FILES__: JSON.stringify(runtimeFiles),
				__RUNTIME_VERSION__: JSON.stringify(runtimeVersion),
				'process.env.NODE_ENV': '"production"',
			},
			logLevel: 'warning',
		});
		const core = await getManifest({
			globDirectory: dist,
			globPatterns: CORE_GLOBS,
			globIgnores: CORE_IGNORES,
			maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
		});
		const version = createHash('sha256')
			.update(JSON.stringify(core.manifestEntries) + runtimeVersion)
			.digest('hex')
			.slice(0, 12);
		const manifest: OfflineManifest = {
			version,
			core: { files: core.count, bytes: core.size },
			runtimes: draft.runtimes,
		};
		await writeFile(manifestPath, JSON.stringify(manifest));
		await injectManifest({
			swSrc: bundled,
			swDest: join(dist, 'sw.js'),
			globDirectory: dist,
			globPatterns: CORE_GLOBS,
			globIgnores: CORE_IGNORES,
			// Astro's /_astro/ files carry a content hash in their names already.
			dontCacheBustURLsMatching: /^_astro\//,
			maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
			manifestTransforms: [pageUrls],
		});
		return manifest;
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}

/**
 * Pages are precached under the address readers use ("/git/", not "git/index.html"): that is
 * what the server answers with 200 and what navigations ask for. Every URL is made absolute.
 */
const pageUrls: ManifestTransform = (entries) => ({
	manifest: entries.map((entry) => ({
		...entry,
		url: '/' + entry.url.replace(/(^|\/)index\.html$/, '$1'),
	})),
	warnings: [],
});

export function serviceWorker(): AstroIntegration {
	return {
		name: 'study:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const manifest = await writeServiceWorker(fileURLToPath(dir));
				const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
				logger.info(
					`Service worker: core ${manifest.core.files} files (${mb(manifest.core.bytes)}), runtimes ${manifest.runtimes.files.length} files (${mb(manifest.runtimes.bytes)}).`,
				);
			},
		},
	};
}
