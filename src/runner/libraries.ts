/**
 * Packages a demo may import, each served from the site as a prebuilt ES module under
 * /runner/lib/ (built from node_modules at the package.json version by
 * src/integrations/runner-libraries.ts) and downloaded only when a demo imports it.
 */
export const ALLOWED_LIBRARIES = [
	'isomorphic-git',
	'memfs',
	'hono',
	'hono/cookie',
	'hono/csrf',
	'hono/etag',
	'nunjucks',
	'handlebars',
	'@electric-sql/pglite',
	'drizzle-orm',
	'drizzle-orm/pg-core',
	'drizzle-orm/pglite',
	'yaml',
	'd3',
	'zod',
	'chai',
	// Helpers of this site's own (src/runner/kit/), so demos stay about the idea they teach.
	'demo-kit/charts',
	'demo-kit/commit-graph',
	'demo-kit/in-page-io',
	'demo-kit/realtime-chat',
] as const;

export type LibraryName = (typeof ALLOWED_LIBRARIES)[number];

export function isAllowedLibrary(specifier: string): specifier is LibraryName {
	return (ALLOWED_LIBRARIES as readonly string[]).includes(specifier);
}

/** File name of a library's bundle: "@electric-sql/pglite" → "electric-sql__pglite.js". */
export function libraryFile(name: LibraryName): string {
	return `${name.replace(/^@/, '').replaceAll('/', '__')}.js`;
}

/**
 * PGlite's large files, by role. The build copies or writes them into /runner/lib/, the host
 * page fetches them, the sandbox compiles them: all three read the names from here.
 */
export const PGLITE_FILES = {
	wasm: 'pglite.wasm',
	initdbWasm: 'initdb.wasm',
	fsBundle: 'pglite.data',
	/** A fresh database dumped at build time, so a run need not wait for initdb. */
	initialDataDir: 'pglite-initdb.tar.gz',
} as const;

export type RuntimeName = 'pglite';

/** Each runtime's files, fetched by the host page (so the offline cache serves them). */
export const RUNTIME_FILES: Record<RuntimeName, string[]> = {
	pglite: Object.values(PGLITE_FILES),
};

/** Libraries whose runtime is too big to fetch from inside the sandbox. */
export const RUNTIME_ASSETS: Partial<Record<LibraryName, RuntimeName>> = {
	'@electric-sql/pglite': 'pglite',
	'drizzle-orm/pglite': 'pglite',
};

/**
 * The runtime a demo's source will ask for, read from its import lines before it is compiled,
 * so the host can start downloading while the sandbox starts up.
 */
export function runtimeImportedBy(source: string): RuntimeName | null {
	for (const [library, runtime] of Object.entries(RUNTIME_ASSETS)) {
		if (source.includes(`'${library}'`) || source.includes(`"${library}"`)) return runtime;
	}
	return null;
}
