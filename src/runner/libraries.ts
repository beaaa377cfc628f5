/**
 * Packages a demo may import, each served from the site as a prebuilt ES module under
 * /runner/lib/ (built from node_modules at the package.json version by
 * src/integrations/runner-libraries.ts) and downloaded only when a demo imports it.
 */
export const ALLOWED_LIBRARIES = [
	'isomorphic-git',
	'memfs',
	'hono',
	'nunjucks',
	'handlebars',
	'@electric-sql/pglite',
	'drizzle-orm',
	'drizzle-orm/pg-core',
	'drizzle-orm/pglite',
	'yaml',
	'd3',
	// Helpers of this site's own (src/runner/kit/), so demos stay about the idea they teach.
	'demo-kit/commit-graph',
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
 * Libraries whose WebAssembly and data files are too big to fetch from inside the sandbox: the
 * host page fetches them (so the offline cache serves them) and transfers the bytes in.
 */
export const RUNTIME_ASSETS: Partial<Record<LibraryName, 'pglite'>> = {
	'@electric-sql/pglite': 'pglite',
	'drizzle-orm/pglite': 'pglite',
};
