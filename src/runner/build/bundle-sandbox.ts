import { join } from 'node:path';
import { build } from 'esbuild';

// From the project root: this module is itself bundled into dist/.prerender when Astro renders
// pages, so a path relative to import.meta.url would point into the build output.
const SANDBOX = join(process.cwd(), 'src', 'runner', 'sandbox') + '/';

/**
 * Bundles a sandbox entry (bootstrap.ts or main.ts) into one self-contained file with esbuild.
 * The sandbox loads code only through its module loader, so one file (no shared chunks) keeps
 * that to a single round trip. Used at build time by src/pages/runner.astro and
 * src/pages/runner/sandbox.js.ts, in `astro dev` as well as `astro build`.
 */
export async function bundleSandbox(entry: 'bootstrap' | 'main'): Promise<string> {
	const result = await build({
		entryPoints: [`${SANDBOX}${entry}.ts`],
		bundle: true,
		write: false,
		format: entry === 'bootstrap' ? 'iife' : 'esm',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		logLevel: 'warning',
	});
	return result.outputFiles[0]!.text;
}
