/**
 * Builds the site and measures what each page costs a reader, then checks the budgets.
 *   node scripts/bench.ts               build, measure, print, write bench/results/bench.json
 *   node scripts/bench.ts --no-build    measure the existing dist/
 *   node scripts/bench.ts --no-browser  skip everything that needs headless Chromium (runner
 *                                       timings, time to offline, Lighthouse)
 * "Eager JS" is what a page loads before any interaction: its module scripts and modulepreloads,
 * everything those import statically, and inline scripts. Dynamic import() chunks are lazy and
 * not counted. Sizes are gzip level 9, as a CDN would send them; an inline script counts as the
 * bytes it adds to its gzipped page.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts, listHtmlFiles, readHtml, routeOf } from '../src/integrations/built-html.ts';
import { measureRunner } from './lib/runner-timings.ts';
import { tierSizes, timeToReadyOffline } from './lib/offline-tiers.ts';
import { compareTranspilers } from './lib/transpilers.ts';
import { runLighthouse } from './lib/lighthouse.ts';

const DIST = 'dist';
const BUDGET = {
	eagerJsGzip: 8 * 1024,
	editorGzip: 150 * 1024,
	plainColdMs: 400,
	plainWarmMs: 100,
	pgliteColdMs: 2500,
	pgliteWarmMs: 30,
	offlineCoreGzip: 3 * 1000 * 1000,
	offlineTotalGzip: 15 * 1000 * 1000,
};

/** Pages that are interactive tools rather than reading; reported, not held to the reading budget. */
// /runner/ is the demo sandbox: its inline bootstrap (module loader with es-module-lexer) runs
// only inside a demo's iframe after Run, never when reading.
const APP_PAGES = ['/review/', '/runner/'];

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const readAsset = (url: string) => readFileSync(join(DIST, url.split(/[?#]/)[0] ?? url));

let buildSeconds: number | undefined;
if (!process.argv.includes('--no-build')) {
	const started = performance.now();
	execSync('npm run build', { stdio: 'inherit' });
	buildSeconds = (performance.now() - started) / 1000;
}

/** Static imports of a built module, resolved to site URLs ("/_astro/x.js"). */
function staticImports(url: string, source: string): string[] {
	const found = [
		...source.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+)["']/g),
	];
	return found
		.map((m) => m[1] ?? '')
		.filter((spec) => spec.startsWith('.') || spec.startsWith('/'))
		.map((spec) => (spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec)));
}

/** Modules and every module they import, transitively: what loading them really downloads. */
function withImports(roots: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length) {
		const next = queue.pop()!;
		if (seen.has(next)) continue;
		seen.add(next);
		queue.push(...staticImports(next, readAsset(next).toString('utf8')));
	}
	return [...seen];
}

/** Gzipped bytes of a set of built files, each compressed on its own as a server would send it. */
function totalGzip(urls: string[]): number {
	return urls.reduce((sum, url) => sum + gz(readAsset(url)), 0);
}

function eagerJs(html: string): { files: string[]; inlineGzip: number; gzip: number } {
	const roots = [
		...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
		...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
			(m) => m[1] ?? '',
		),
	].filter((url) => url.startsWith('/'));
	const files = withImports(roots);
	// Inline scripts travel inside the HTML response and are compressed with it, so their cost is
	// what they add to the gzipped page, not what each would weigh gzipped on its own.
	const withoutInline = inlineScripts(html).reduce(
		(page, script) => page.replace(script, ''),
		html,
	);
	const inlineGzip = gz(html) - gz(withoutInline);
	return { files: files.sort(), inlineGzip, gzip: totalGzip(files) + inlineGzip };
}

function cssGzip(html: string): number {
	const links = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
	return totalGzip(
		links
			.filter((tag) => !/media="print"/.test(tag))
			.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? ''),
	);
}

function dirBytes(dir: string): { files: number; bytes: number } {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
	return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

const pages = [];
for (const file of await listHtmlFiles(DIST)) {
	const html = await readHtml(DIST, file);
	const js = eagerJs(html);
	pages.push({
		page: routeOf(file),
		htmlGzip: gz(html),
		cssGzip: cssGzip(html),
		eagerJsGzip: js.gzip,
		inlineJsGzip: js.inlineGzip,
		eagerJsFiles: js.files.length,
	});
}
const worst = {
	htmlGzip: Math.max(...pages.map((p) => p.htmlGzip)),
	cssGzip: Math.max(...pages.map((p) => p.cssGzip)),
	eagerJsGzip: Math.max(
		...pages.filter((p) => !APP_PAGES.includes(p.page)).map((p) => p.eagerJsGzip),
	),
};
const pagefind = dirBytes(join(DIST, 'pagefind'));

/** A lazy chunk and everything it imports statically, gzipped: what opening it downloads. */
function chunkGzip(prefix: string): { file: string; gzip: number } {
	const file = readdirSync(join(DIST, '_astro')).find(
		(f) => f.startsWith(prefix) && f.endsWith('.js'),
	);
	if (!file) throw new Error(`no chunk ${prefix}* in dist/_astro`);
	return { file, gzip: totalGzip(withImports([`/_astro/${file}`])) };
}
const editorChunk = chunkGzip('editor.');
// The sandbox runtime, transpiler included, is one file the sandbox loads on the first Run.
const sandboxRuntime = {
	file: 'runner/sandbox.js',
	gzip: gz(readFileSync(join(DIST, 'runner', 'sandbox.js'))),
};
// Libraries are bundled with code splitting (shared code such as d3 or Drizzle's core is one
// chunk), so each library's size counts the chunks it pulls in, not just its entry file.
const libraries = Object.fromEntries(
	readdirSync(join(DIST, 'runner', 'lib'))
		.filter((f) => !f.startsWith('.') && statSync(join(DIST, 'runner', 'lib', f)).isFile())
		.map((f) => {
			const url = `/runner/lib/${f}`;
			return [f, totalGzip(f.endsWith('.js') ? withImports([url]) : [url])];
		}),
);
const transpilers = await compareTranspilers(
	'content/git/demos/merge-conflict.ts',
	join(DIST, sandboxRuntime.file),
);
const runner = process.argv.includes('--no-browser') ? null : await measureRunner();
const offline = {
	...tierSizes(DIST),
	readyOfflineMs: process.argv.includes('--no-browser') ? null : await timeToReadyOffline(),
};
// The home page, the longest chapter and the heaviest one (most demos and diagrams).
const LIGHTHOUSE_PAGES = ['/', '/git/', '/databases/'];
const lighthouse = process.argv.includes('--no-browser')
	? null
	: await runLighthouse(LIGHTHOUSE_PAGES);
const result = {
	date: new Date().toISOString(),
	buildSeconds,
	pages,
	worst,
	pagefind: { files: pagefind.files, bytes: pagefind.bytes },
	editorChunkGzip: editorChunk.gzip,
	sandboxRuntimeGzip: sandboxRuntime.gzip,
	libraryGzip: libraries,
	transpilers,
	runner,
	offline,
	lighthouse,
	budgets: BUDGET,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.table(
	pages.map((p) => ({
		page: p.page,
		'HTML gz': kb(p.htmlGzip),
		'CSS gz': kb(p.cssGzip),
		'eager JS gz': kb(p.eagerJsGzip),
		'JS files': p.eagerJsFiles,
	})),
);
console.log(
	`Worst case: HTML ${kb(worst.htmlGzip)}, CSS ${kb(worst.cssGzip)}, eager JS ${kb(worst.eagerJsGzip)} (budget ${kb(BUDGET.eagerJsGzip)}; reading pages, not ${APP_PAGES.join(', ')})`,
);
console.log(`Pagefind index: ${pagefind.files} files, ${kb(pagefind.bytes)}`);
if (buildSeconds !== undefined) console.log(`Build: ${buildSeconds.toFixed(1)} s`);
console.log(
	`Editor chunk (CodeMirror, loaded on Edit): ${kb(editorChunk.gzip)} gz (budget ${kb(BUDGET.editorGzip)})`,
);
console.log(
	`Sandbox runtime (/runner/sandbox.js: sucrase + es-module-lexer + runner, loaded on first Run): ${kb(sandboxRuntime.gzip)} gz`,
);
console.log(
	'Demo libraries (gz, with the chunks each imports; loaded only when a demo imports it):',
);
console.table(Object.fromEntries(Object.entries(libraries).map(([f, n]) => [f, kb(n)])));
console.log('Transpilers compared on content/git/demos/merge-conflict.ts:');
console.table(transpilers);
if (runner) {
	console.log('Run → first output in headless Chromium (ms):');
	console.table({
		'plain TS': {
			cold: runner.plainColdMs,
			warm: runner.plainWarmMs,
			budget: `${BUDGET.plainColdMs} / ${BUDGET.plainWarmMs}`,
		},
		'Postgres (PGlite)': {
			cold: runner.pgliteColdMs,
			warm: runner.pgliteWarmMs,
			budget: `${BUDGET.pgliteColdMs} / ${BUDGET.pgliteWarmMs}`,
		},
	});
	console.log(`Edit → editor ready: ${Math.round(runner.editorOpenMs)} ms`);
}

const mbOf = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
console.log(
	`Offline core tier (pages, search, runner): ${offline.coreFiles} files, ${mbOf(offline.coreGzip)} transferred (budget ${mbOf(BUDGET.offlineCoreGzip)})`,
);
console.log(
	`Offline runtime tier (demo libraries, PGlite): ${offline.runtimeFiles} files, ${mbOf(offline.runtimeGzip)}; everything ${mbOf(offline.coreGzip + offline.runtimeGzip)} (budget ${mbOf(BUDGET.offlineTotalGzip)})`,
);
if (offline.readyOfflineMs !== null)
	console.log(`First visit → "Ready offline": ${(offline.readyOfflineMs / 1000).toFixed(1)} s`);

if (lighthouse) {
	console.log(
		'Lighthouse (mobile profile, simulated slow 4G and 4x CPU; sensitive to machine load):',
	);
	console.table(
		Object.fromEntries(
			lighthouse.map(({ url, scores, metrics }) => [
				url,
				{
					perf: scores.performance,
					a11y: scores.accessibility,
					'best pr.': scores['best-practices'],
					SEO: scores.seo,
					'FCP ms': metrics.fcpMs,
					'LCP ms': metrics.lcpMs,
					'TBT ms': metrics.tbtMs,
					CLS: metrics.cls,
				},
			]),
		),
	);
}

const out = 'bench/results/bench.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`Wrote ${out}`);

const failures = pages
	// The budget is for reading pages. /review/ is an app page: its script is the page.
	.filter((p) => !APP_PAGES.includes(p.page) && p.eagerJsGzip > BUDGET.eagerJsGzip)
	.map((p) => `eager JS on ${p.page} is ${kb(p.eagerJsGzip)}`);
if (offline.coreGzip > BUDGET.offlineCoreGzip)
	failures.push(`offline core tier is ${mbOf(offline.coreGzip)}`);
if (offline.coreGzip + offline.runtimeGzip > BUDGET.offlineTotalGzip)
	failures.push(`offline total is ${mbOf(offline.coreGzip + offline.runtimeGzip)}`);
if (editorChunk.gzip > BUDGET.editorGzip) failures.push(`editor chunk is ${kb(editorChunk.gzip)}`);
for (const { url, scores } of lighthouse ?? []) {
	// Accessibility is not a matter of machine load: hold it to 100.
	if (scores.accessibility < 100)
		failures.push(`Lighthouse accessibility on ${url} is ${scores.accessibility}`);
}
if (runner) {
	for (const key of ['plainColdMs', 'plainWarmMs', 'pgliteColdMs', 'pgliteWarmMs'] as const) {
		if (runner[key] > BUDGET[key])
			failures.push(`${key} is ${runner[key]} ms (budget ${BUDGET[key]})`);
	}
}
if (failures.length) {
	console.error(`Over budget: ${failures.join('; ')}`);
	process.exit(1);
}
