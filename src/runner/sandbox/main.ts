/**
 * Runs inside the sandbox page (/runner/), whose CSP sandbox gives it an opaque origin with no
 * access to the site's storage, cookies or DOM. It only ever talks to the host page, over the
 * private channel the host handed to ./bootstrap.ts. It is started by ./bootstrap.ts, whose module loader brings in
 * every module it and the demos import (through the host page, so it all works offline).
 */
import {
	isHostMessage,
	type HostMessage,
	type RuntimeAssets,
	type SandboxMessage,
} from '../protocol';
import type { CompiledDemo } from '../transpile';
import { captureConsole } from './console-capture';
import { demoLineFromStack } from './error-line';
import { PGLITE_FILES, RUNTIME_ASSETS, libraryFile, type LibraryName } from '../libraries';

document.documentElement.style.colorScheme = location.hash.includes('theme=light')
	? 'light'
	: 'dark';

const LIBRARY_BASE = new URL('/runner/lib/', location.href).href;
let currentRun = 0;
/**
 * Run again without an edit (the common case) reuses the last compiled code: transpiling and
 * rewriting imports took 13-25 ms of a warm run that otherwise needs ~10.
 */
let lastCompiled: { source: string; compiled: CompiledDemo } | undefined;
let lastRewritten: { from: string; code: string } | undefined;
/** Libraries imported in this sandbox so far (a module runs once per realm, so once is enough). */
const loadedLibraries = new Set<string>();
let currentModuleUrl = '';
const pendingAssets = new Map<string, (assets: RuntimeAssets | Error) => void>();

const port = globalThis.__sandboxPort;

function send(message: SandboxMessage, transfer: Transferable[] = []): void {
	port.postMessage(message, transfer);
}

captureConsole((level, args) => send({ type: 'console', runId: currentRun, level, args }));

function reportError(kind: 'uncaught' | 'rejection', error: unknown): void {
	const message =
		error instanceof Error ? `${error.name}: ${error.message}` : `Uncaught ${String(error)}`;
	const line = error instanceof Error ? demoLineFromStack(error.stack, currentModuleUrl) : null;
	send({ type: 'error', runId: currentRun, kind, message, line });
}

window.addEventListener('error', (event) => {
	event.preventDefault();
	reportError('uncaught', event.error ?? event.message);
});
window.addEventListener('unhandledrejection', (event) => {
	event.preventDefault();
	reportError('rejection', event.reason);
});

/** Asks the host for a runtime's large files; it fetches them through its own (offline) cache. */
function requestAssets(runId: number, name: string): Promise<RuntimeAssets> {
	return new Promise((resolve, reject) => {
		pendingAssets.set(name, (result) =>
			result instanceof Error ? reject(result) : resolve(result),
		);
		send({ type: 'need-assets', runId, name });
	});
}

async function run(runId: number, source: string): Promise<void> {
	currentRun = runId;
	for (const cleanUp of (globalThis as DemoGlobals).__demoBeforeRun ?? []) cleanUp();
	const started = performance.now();
	const { compileDemo, DemoCompileError } = await import('../transpile');
	let compiled = lastCompiled?.source === source ? lastCompiled.compiled : undefined;
	try {
		compiled ??= await compileDemo(source, LIBRARY_BASE);
		lastCompiled = { source, compiled };
	} catch (error) {
		if (error instanceof DemoCompileError) {
			send({ type: 'error', runId, kind: error.kind, message: error.message, line: error.line });
			send({ type: 'done', runId, ms: performance.now() - started });
			return;
		}
		throw error;
	}
	send({ type: 'started', runId, transpileMs: performance.now() - started });
	const needsPglite = compiled.libraries.some(
		(name) => RUNTIME_ASSETS[name as LibraryName] === 'pglite',
	);
	let code: string;
	let endLoading = () => {};
	try {
		// Loading a library means parsing, compiling and running a large bundle on this thread:
		// the runner's time, not the reader's, so the watchdog waits, and the libraries are
		// imported before the reader's code (which then finds them ready). Postgres's files
		// download and compile at the same time.
		const loader = globalThis.__sandboxLoader;
		const toLoad = compiled.libraries.filter((name) => !loadedLibraries.has(name));
		const pgliteMissing = needsPglite && !(globalThis as DemoGlobals).__demoPglite;
		// A run whose libraries are all loaded (every run after the first) skips straight on.
		if (toLoad.length > 0 || pgliteMissing) endLoading = await announceBusy(LOADING_MS);
		await Promise.all([
			pgliteMissing
				? requestAssets(runId, 'pglite').then(async ({ files }) => {
						(globalThis as DemoGlobals).__demoPglite = await preparePglite(files);
					})
				: null,
			...toLoad.map(async (name) => {
				const url = new URL(libraryFile(name as LibraryName), LIBRARY_BASE).href;
				await import(/* @vite-ignore */ await loader.load(url));
				loadedLibraries.add(name);
			}),
		]);
		if (lastRewritten?.from !== compiled.code) {
			lastRewritten = {
				from: compiled.code,
				code: await loader.rewrite(compiled.code, location.href),
			};
		}
		code = lastRewritten.code;
		endLoading();
	} catch (error) {
		endLoading();
		const message = error instanceof Error ? error.message : String(error);
		send({ type: 'error', runId, kind: 'import', message, line: null });
		send({ type: 'done', runId, ms: performance.now() - started });
		return;
	}
	if (currentModuleUrl) URL.revokeObjectURL(currentModuleUrl);
	currentModuleUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
	try {
		await import(/* @vite-ignore */ currentModuleUrl);
	} catch (error) {
		reportError('uncaught', error);
	}
	send({ type: 'done', runId, ms: performance.now() - started });
	for (const prepare of (globalThis as DemoGlobals).__demoAfterRun ?? []) prepare();
}

interface DemoGlobals {
	__demoPglite?: Awaited<ReturnType<typeof preparePglite>>;
	/** Libraries register clean-ups for what the previous run left open (kit/pglite.ts). */
	__demoBeforeRun?: Array<() => void>;
	/** …and preparations for the next run, once this one's top level has finished. */
	__demoAfterRun?: Array<() => void>;
	__demoBusy?: typeof announceBusy;
}

(globalThis as DemoGlobals).__demoBeforeRun = [];
(globalThis as DemoGlobals).__demoAfterRun = [];

/** Ceiling for loading a run's libraries (the host caps every stretch at MAX_BUSY_MS). */
const LOADING_MS = 20_000;
let busyIds = 0;

/**
 * Lets a library warn the host before a long synchronous stretch it cannot avoid (PGlite's
 * start-up), so the watchdog does not mistake it for an infinite loop. The returned function ends
 * the stretch as soon as the work is done, so `ms` is only a ceiling and reader code that runs
 * afterwards is judged at once. The await gives the browser a chance to deliver the message
 * before the sandbox blocks.
 */
async function announceBusy(ms: number): Promise<() => void> {
	const id = ++busyIds;
	send({ type: 'busy', ms, id });
	await new Promise((resolve) => setTimeout(resolve, 0));
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		send({ type: 'idle', id });
	};
}
(globalThis as DemoGlobals).__demoBusy = announceBusy;

/** Compiles PGlite's WebAssembly once per sandbox; kit/pglite.ts hands it to every new PGlite. */
async function preparePglite(files: Record<string, ArrayBuffer>) {
	const file = (name: string) => {
		const bytes = files[name];
		if (!bytes) throw new Error(`The host sent no ${name}`);
		return bytes;
	};
	const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
		WebAssembly.compile(file(PGLITE_FILES.wasm)),
		WebAssembly.compile(file(PGLITE_FILES.initdbWasm)),
	]);
	return {
		pgliteWasmModule,
		initdbWasmModule,
		fsBundle: new Blob([file(PGLITE_FILES.fsBundle)]),
		initialDataDir: new Blob([file(PGLITE_FILES.initialDataDir)]),
	};
}

function handle(message: HostMessage): void {
	switch (message.type) {
		case 'ping': {
			const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
			send({ type: 'pong', seq: message.seq, heapBytes: memory?.usedJSHeapSize ?? null });
			break;
		}
		case 'run':
			document.body.dataset.mode = message.mode;
			void run(message.runId, message.source).catch((error) => reportError('uncaught', error));
			break;
		case 'assets':
			pendingAssets.get(message.assets.name)?.(message.assets);
			pendingAssets.delete(message.assets.name);
			break;
		case 'assets-failed':
			pendingAssets.get(message.name)?.(new Error(message.message));
			pendingAssets.delete(message.name);
			break;
	}
}

port.addEventListener('message', (event) => {
	if (!isHostMessage(event.data)) return;
	handle(event.data);
});

// DOM demos draw into #output; the host sizes the iframe to fit what they draw. Measure the
// content, not the document: the document is at least as tall as the iframe, which would feed back.
const output = document.getElementById('output')!;
new ResizeObserver(() => {
	const bodyStyle = getComputedStyle(document.body);
	const padding = parseFloat(bodyStyle.paddingTop) + parseFloat(bodyStyle.paddingBottom);
	send({ type: 'resize', height: Math.ceil(output.getBoundingClientRect().height + padding) });
}).observe(output);

send({ type: 'ready' });
