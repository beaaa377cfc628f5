/**
 * Why sucrase: the in-browser transpiler candidates, compared on one real demo in Node. Size is
 * what the browser would download (gzip -9 of the package's browser bundle); time is a cold
 * first call (including module load) and the median of warm calls. Line preservation matters
 * because error line numbers are reported without source maps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

export interface TranspilerResult {
	name: string;
	gzipKB: number;
	coldMs: number;
	warmMs: number;
	keepsLines: boolean;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function gzipKB(file: string): number {
	return Math.round(gzipSync(readFileSync(file), { level: 9 }).length / 102.4) / 10;
}

async function time(
	name: string,
	file: string,
	load: () => Promise<(s: string) => string>,
	source: string,
) {
	const start = performance.now();
	const transform = await load();
	const out = transform(source);
	const coldMs = performance.now() - start;
	const warm = Array.from({ length: 20 }, () => {
		const t = performance.now();
		transform(source);
		return performance.now() - t;
	});
	const keepsLines = out.split('\n').length === source.split('\n').length;
	return {
		name,
		gzipKB: gzipKB(file),
		coldMs: Math.round(coldMs),
		warmMs: Math.round(median(warm) * 100) / 100,
		keepsLines,
	};
}

export async function compareTranspilers(
	sourceFile: string,
	sucraseChunk: string,
): Promise<TranspilerResult[]> {
	const source = readFileSync(sourceFile, 'utf8');
	return [
		await time(
			'sucrase (as shipped, with es-module-lexer)',
			sucraseChunk,
			async () => {
				const { transform } = await import('sucrase');
				return (s) => transform(s, { transforms: ['typescript'], disableESTransforms: true }).code;
			},
			source,
		),
		await time(
			'typescript 6 transpileModule',
			require.resolve('typescript'),
			async () => {
				const ts = (await import('typescript')).default;
				return (s) =>
					ts.transpileModule(s, {
						compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
					}).outputText;
			},
			source,
		),
		await time(
			'esbuild (Node binary; esbuild-wasm ships the same as a ~11 MB wasm)',
			require.resolve('esbuild'),
			async () => {
				const { transformSync } = await import('esbuild');
				return (s) => transformSync(s, { loader: 'ts', format: 'esm' }).code;
			},
			source,
		),
	];
}
