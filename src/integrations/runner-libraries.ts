import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PGlite } from '@electric-sql/pglite';
import { build, type Plugin } from 'esbuild';
import { ALLOWED_LIBRARIES, PGLITE_FILES, libraryFile } from '../runner/libraries';

const require = createRequire(import.meta.url);
const PGLITE_SHIM = fileURLToPath(new URL('../runner/kit/pglite.ts', import.meta.url));
const PGLITE_REAL = require.resolve('@electric-sql/pglite');

/**
 * Builds every package a demo may import (src/runner/libraries.ts) into dist/runner/lib/ as ES
 * modules, in one esbuild run with code splitting so shared code (Drizzle's core, PGlite) is one
 * chunk, not a copy per entry. Also copies PGlite's WebAssembly files and writes a
 * pre-initialised empty database, so a Postgres demo skips initdb.
 */
export function runnerLibraries(): AstroIntegration {
	return {
		name: 'study:runner-libraries',
		hooks: {
			// `astro dev` sends no netlify.toml headers; the sandbox needs at least its isolation,
			// or the page refuses to run demos in it.
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					if (req.url?.startsWith('/runner/'))
						res.setHeader('Content-Security-Policy', 'sandbox allow-scripts allow-forms');
					next();
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outdir = join(fileURLToPath(dir), 'runner', 'lib');
				const started = performance.now();
				await bundleLibraries(outdir);
				await copyPgliteAssets(outdir);
				logger.info(
					`Built ${ALLOWED_LIBRARIES.length} demo libraries in ${Math.round(performance.now() - started)} ms.`,
				);
			},
		},
	};
}

/** Node built-ins some libraries (memfs) reach for, mapped to their browser ports. */
// (A trailing slash makes require.resolve find the npm package rather than the built-in.)
const NODE_BUILTINS: Record<string, string> = {
	buffer: 'buffer/',
	events: 'events/',
	path: 'path-browserify',
	stream: 'readable-stream',
	url: 'url/',
	util: 'util/',
	process: 'process/browser.js',
};

const browserBuiltins: Plugin = {
	name: 'browser-builtins',
	setup(build) {
		build.onResolve(
			{ filter: /^(node:)?(buffer|events|path|stream|url|util|process)$/ },
			(args) => {
				const name = args.path.replace(/^node:/, '');
				return { path: require.resolve(NODE_BUILTINS[name]!) };
			},
		);
		// Everything except the shim itself sees the shim when it imports PGlite.
		build.onResolve({ filter: /^@electric-sql\/pglite$/ }, () => ({ path: PGLITE_SHIM }));
		build.onResolve({ filter: /^@electric-sql\/pglite-real$/ }, () => ({ path: PGLITE_REAL }));
		build.onResolve({ filter: /^demo-kit\// }, (args) => ({
			path: fileURLToPath(
				new URL(`../runner/kit/${args.path.slice('demo-kit/'.length)}.ts`, import.meta.url),
			),
		}));
	},
};

async function bundleLibraries(outdir: string): Promise<void> {
	const entryDir = join(outdir, '..', '.entries');
	await mkdir(entryDir, { recursive: true });
	const entryPoints: Record<string, string> = {};
	for (const name of ALLOWED_LIBRARIES) {
		const entry = join(entryDir, libraryFile(name));
		await writeFile(entry, entrySource(name));
		entryPoints[libraryFile(name).replace(/\.js$/, '')] = entry;
	}
	await build({
		entryPoints,
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		chunkNames: 'chunks/[name]-[hash]',
		define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
		inject: [fileURLToPath(new URL('./runner-globals.ts', import.meta.url))],
		plugins: [browserBuiltins],
		nodePaths: [join(process.cwd(), 'node_modules')],
		// PGlite and others import Node modules only on their Node code paths, dynamically.
		external: [
			'node:*',
			'fs',
			'fs/promises',
			'crypto',
			'module',
			'os',
			'child_process',
			'worker_threads',
		],
		logLevel: 'error',
	});
}

/** CommonJS packages: esbuild cannot see their named exports through `export *`. */
const COMMONJS = new Set(['memfs', 'nunjucks', 'handlebars', 'isomorphic-git']);

/**
 * The entry module for one library. ES module packages are re-exported as they are; for
 * CommonJS ones the named exports are listed from the package itself (loaded here, in Node), so
 * `import { Volume } from 'memfs'` works in the browser exactly as it does in Node.
 */
function entrySource(name: string): string {
	const specifier = JSON.stringify(name);
	if (!COMMONJS.has(name)) return `export * from ${specifier};\n`;
	const names = Object.keys(require(name) as object).filter(
		(key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key),
	);
	return (
		`import __lib from ${specifier};\n` +
		`export default __lib;\n` +
		`export const { ${names.join(', ')} } = __lib;\n`
	);
}

async function copyPgliteAssets(outdir: string): Promise<void> {
	const pgliteDist = dirname(PGLITE_REAL);
	for (const file of [PGLITE_FILES.wasm, PGLITE_FILES.fsBundle, PGLITE_FILES.initdbWasm]) {
		await copyFile(join(pgliteDist, file), join(outdir, file));
	}
	const db = await PGlite.create();
	const dump = await db.dumpDataDir('gzip');
	await db.close();
	await writeFile(join(outdir, PGLITE_FILES.initialDataDir), Buffer.from(await dump.arrayBuffer()));
}
