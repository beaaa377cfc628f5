/**
 * What the service worker keeps for offline use, in two tiers, as globs over dist/:
 * - core: every page, the search index, styles, scripts and the plain demo runner, cached when
 *   the service worker installs (the first visit);
 * - runtimes: the libraries demos import and PGlite's Postgres (about 10 MB), cached right after,
 *   in the background, with visible progress (or on request, when the reader saves data).
 * The build (src/integrations/service-worker.ts), the worker and the tests read this one list.
 */
export const CORE_GLOBS = [
	'**/*.html',
	'_astro/**/*.{js,css,woff,woff2,svg,png}',
	'pagefind/**/*',
	// The sandbox runtime (runner/index.html is one of the pages above); not runner/lib/.
	'runner/*.js',
	'*.{svg,png,ico,webmanifest}',
	'icons/*',
	'offline-manifest.json',
];

export const CORE_IGNORES = ['runner/lib/**', 'sw.js', '404.html'];

export const RUNTIME_GLOBS = ['runner/lib/**/*'];

/** PGlite's wasm and data files are several MB each (Workbox's default limit is 2 MiB). */
export const MAX_FILE_BYTES = 24 * 1024 * 1024;

export interface OfflineFile {
	url: string;
	revision: string | null;
	size: number;
}

/** dist/offline-manifest.json: what each tier holds, for the status control and the bench. */
export interface OfflineManifest {
	version: string;
	core: { files: number; bytes: number };
	runtimes: { files: OfflineFile[]; bytes: number };
}

export const RUNTIME_CACHE_PREFIX = 'study-runtimes-';

/** The page asks the worker with these; the worker answers with OfflineEvent. */
// SKIP_WAITING is what workbox-window's messageSkipWaiting() sends.
export type OfflineRequest = { type: 'cache-runtimes' } | { type: 'SKIP_WAITING' };
export type OfflineEvent =
	| { type: 'runtimes-progress'; done: number; total: number; bytes: number }
	| { type: 'runtimes-ready'; bytes: number }
	| { type: 'runtimes-failed'; message: string };
