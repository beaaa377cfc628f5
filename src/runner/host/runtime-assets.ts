/**
 * Large runtime files (PGlite's WebAssembly and data) are fetched here, by the chapter page,
 * not by the sandbox: the page is same-origin with the site, so the offline cache serves these
 * requests, and progress can be shown. Each runtime's files are fetched once per page.
 */
import { RUNTIME_FILES, type RuntimeName } from '../libraries';

const cache = new Map<string, Promise<Record<string, ArrayBuffer>>>();

export type Progress = (loaded: number, total: number | null) => void;

/** Starts (or joins) the download of a runtime's files; the bytes stay here for later runs. */
export function downloadRuntime(
	name: string,
	onProgress: Progress,
): Promise<Record<string, ArrayBuffer>> {
	const files = RUNTIME_FILES[name as RuntimeName];
	if (!files) return Promise.reject(new Error(`Unknown runtime "${name}"`));
	let promise = cache.get(name);
	if (!promise) {
		promise = download(files, onProgress);
		cache.set(name, promise);
		promise.catch(() => cache.delete(name));
	}
	return promise;
}

/** Copies of a runtime's files, ready to transfer (transferring detaches the buffers sent). */
export async function fetchRuntimeAssets(
	name: string,
	onProgress: Progress,
): Promise<Record<string, ArrayBuffer>> {
	const bytes = await downloadRuntime(name, onProgress);
	return Object.fromEntries(Object.entries(bytes).map(([file, buffer]) => [file, buffer.slice(0)]));
}

async function download(
	files: string[],
	onProgress: Progress,
): Promise<Record<string, ArrayBuffer>> {
	const responses = await Promise.all(
		files.map(async (file) => {
			const response = await fetch(`/runner/lib/${file}`);
			if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
			return [file, response] as const;
		}),
	);
	const lengths = responses.map(([, r]) => Number(r.headers.get('content-length')) || 0);
	const total = lengths.every((n) => n > 0) ? lengths.reduce((a, b) => a + b, 0) : null;
	let loaded = 0;
	const entries = await Promise.all(
		responses.map(async ([file, response]) => {
			const reader = response.body!.getReader();
			const chunks: Uint8Array[] = [];
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				chunks.push(value);
				loaded += value.byteLength;
				onProgress(loaded, total);
			}
			return [file, await new Blob(chunks as BlobPart[]).arrayBuffer()] as const;
		}),
	);
	return Object.fromEntries(entries);
}
