/**
 * Loads ES modules into the sandbox without the sandbox fetching anything. The sandbox has an
 * opaque origin, and browsers do not route an opaque-origin document's requests through the
 * site's service worker, so its own fetches would fail offline. Instead it asks the host page
 * (same origin, served by the service worker) for each module's text, points the module's own
 * relative imports at modules loaded the same way, and imports the result from a blob: URL.
 */
import { init, parse } from 'es-module-lexer';

export type FetchText = (url: string) => Promise<string>;

export interface ModuleLoader {
	/** A blob: URL to import() for the module at `url`, with its dependency graph loaded. */
	load(url: string): Promise<string>;
	/** `code` with every relative or same-site import pointed at a loaded module's blob: URL. */
	rewrite(code: string, baseUrl: string): Promise<string>;
}

export function createModuleLoader(fetchText: FetchText, siteOrigin: string): ModuleLoader {
	const loaded = new Map<string, Promise<string>>();
	const ready = init;

	async function rewrite(code: string, baseUrl: string, chain: string[] = []): Promise<string> {
		await ready;
		const [imports] = parse(code);
		let out = '';
		let last = 0;
		for (const entry of imports) {
			const specifier = entry.specifier;
			if (specifier === undefined || specifier === null) continue; // import(expression)
			// Bare names ("fs/promises" in a library's Node-only branch) are not files; leave them.
			if (!/^(?:\.{0,2}\/|[a-z][a-z\d+.-]*:)/i.test(specifier)) continue;
			let target: URL;
			try {
				target = new URL(specifier, baseUrl);
			} catch {
				continue;
			}
			if (target.origin !== siteOrigin) continue;
			const blobUrl = await loadFrom(target.href, chain);
			// For import('x') the lexer's range includes the quotes; for static imports it does not.
			out +=
				code.slice(last, entry.start) +
				(entry.type === 'dynamic' ? JSON.stringify(blobUrl) : blobUrl);
			last = entry.end;
		}
		return out + code.slice(last);
	}

	function loadFrom(url: string, chain: string[]): Promise<string> {
		if (chain.includes(url))
			return Promise.reject(new Error(`Import cycle: ${[...chain, url].join(' → ')}`));
		let promise = loaded.get(url);
		if (!promise) {
			promise = fetchText(url)
				.then((text) => rewrite(text, url, [...chain, url]))
				.then((code) => URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
			loaded.set(url, promise);
			promise.catch(() => loaded.delete(url)); // offline now, maybe not later
		}
		return promise;
	}

	return { load: (url) => loadFrom(url, []), rewrite: (code, base) => rewrite(code, base) };
}
