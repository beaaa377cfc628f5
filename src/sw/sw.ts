/// <reference lib="webworker" />
/**
 * The site's service worker, bundled and given its precache list at build time
 * (src/integrations/service-worker.ts, Workbox injectManifest).
 *
 * - Core tier: Workbox precaches every page, the search index, styles, scripts and the runner
 *   on install, and serves them cache-first. Files are keyed by revision, so one deploy's page
 *   is only ever served with that deploy's assets.
 * - Runtime tier: demo libraries and PGlite, cached on request from a page (so it can show
 *   progress and respect Save-Data), in a cache named after their content, served cache-first.
 * - A new version waits until the reader chooses "Reload" (skip-waiting), then old caches go.
 *   Study data lives in IndexedDB, which this worker never touches.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import {
	RUNTIME_CACHE_PREFIX,
	type OfflineEvent,
	type OfflineFile,
	type OfflineRequest,
} from '../offline/tiers';

declare const self: ServiceWorkerGlobalScope & {
	__WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};
/** Filled in by the build (esbuild `define`). */
declare const __RUNTIME_FILES__: OfflineFile[];
declare const __RUNTIME_VERSION__: string;

const RUNTIME_CACHE = `${RUNTIME_CACHE_PREFIX}${__RUNTIME_VERSION__}`;
const runtimePaths = new Set(__RUNTIME_FILES__.map((file) => `/${file.url}`));

cleanupOutdatedCaches();

/**
 * (Registered before the precache route, which would otherwise answer first.)
 * The demo sandbox is isolated by the CSP `sandbox` directive on its own response (an iframe
 * sandbox attribute would stop this worker from serving it offline). Enforce that here too, so a
 * cached copy can never come back without it.
 */
registerRoute(
	({ url, request }) => url.pathname === '/runner/' && request.mode === 'navigate',
	async ({ request }) => {
		const response = (await matchPrecache('/runner/')) ?? (await fetch(request));
		const headers = new Headers(response.headers);
		const csp = headers.get('Content-Security-Policy') ?? '';
		if (!/(^|;)\s*sandbox\b/.test(csp))
			headers.set('Content-Security-Policy', `sandbox allow-scripts allow-forms; ${csp}`);
		return new Response(response.body, { status: response.status, headers });
	},
);

precacheAndRoute(self.__WB_MANIFEST, {
	directoryIndex: 'index.html',
	// Pagefind adds a cache-busting ?ts= to its entry file; the precached copy is the right one.
	ignoreURLParametersMatching: [/.*/],
});

registerRoute(
	({ url }) => url.origin === self.location.origin && runtimePaths.has(url.pathname),
	async ({ url, request }) => {
		const cached = await (await caches.open(RUNTIME_CACHE)).match(url.pathname);
		return cached ?? fetch(request);
	},
);

// Pages that are not precached (a mistyped address) go to the network; if that fails offline,
// the catch handler below answers with the offline page instead of the browser's error.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());

// Anything else that fails offline: pages get the offline page, the rest a network error.
setCatchHandler(async ({ request }) => {
	if (request.mode === 'navigate') {
		return (await matchPrecache('/offline/')) ?? Response.error();
	}
	return Response.error();
});

async function broadcast(event: OfflineEvent) {
	for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
		client.postMessage(event);
}

let caching: Promise<void> | null = null;

/** Downloads every runtime file not cached yet, reporting progress to every open page. */
function cacheRuntimes(): Promise<void> {
	return (caching ??= (async () => {
		const cache = await caches.open(RUNTIME_CACHE);
		const total = __RUNTIME_FILES__.reduce((sum, file) => sum + file.size, 0);
		let bytes = 0;
		let done = 0;
		for (const file of __RUNTIME_FILES__) {
			const path = `/${file.url}`;
			if (!(await cache.match(path))) {
				const response = await fetch(path, { cache: 'no-cache' });
				if (!response.ok) throw new Error(`${response.status} for ${path}`);
				await cache.put(path, response);
			}
			done++;
			bytes += file.size;
			await broadcast({ type: 'runtimes-progress', done, total: __RUNTIME_FILES__.length, bytes });
		}
		await broadcast({ type: 'runtimes-ready', bytes: total });
	})().catch(async (error: unknown) => {
		caching = null;
		await broadcast({ type: 'runtimes-failed', message: String(error) });
	}));
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	if (event.origin && event.origin !== self.location.origin) return;
	const request = event.data as OfflineRequest;
	if (request?.type === 'SKIP_WAITING') void self.skipWaiting();
	if (request?.type === 'cache-runtimes') event.waitUntil(cacheRuntimes());
});

self.addEventListener('activate', (event) => {
	// Runtime caches of older deploys (their files changed) are no longer served.
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(RUNTIME_CACHE_PREFIX) && name !== RUNTIME_CACHE)
					await caches.delete(name);
			}
		})(),
	);
});

// The first visit's page becomes controlled at once, so its demos can use the caches.
clientsClaim();
