/**
 * Messages between a chapter page (the host) and the demo sandbox iframe. They travel over a
 * private MessageChannel that the host hands to the sandbox once it has loaded (`connect`, the
 * only window message): nothing else can post into it, so a look-alike `postMessage` from any
 * window is never even seen. Both sides still check each message's shape with these guards.
 *
 * Why a channel rather than window.postMessage: Chrome forwards a window message to a frame in
 * another process only after the sender's current task and its rendering, which on a long page
 * delayed every Run by ~45 ms; a port sends at once.
 */
import type { SerializedValue } from './serialize';

export type DemoMode = 'console' | 'dom';
export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'table';

/** Bytes the host fetched (through its own cache) and hands to the sandbox. */
export interface RuntimeAssets {
	name: string;
	files: Record<string, ArrayBuffer>;
}

/** Sent once, by window.postMessage, with the sandbox's end of the channel as a transfer. */
export interface ConnectMessage {
	type: 'connect';
}

export function isConnectMessage(data: unknown): data is ConnectMessage {
	return typeof data === 'object' && data !== null && (data as ConnectMessage).type === 'connect';
}

export type HostMessage =
	| { type: 'run'; runId: number; source: string; mode: DemoMode }
	| { type: 'ping'; seq: number }
	| { type: 'assets'; assets: RuntimeAssets }
	| { type: 'assets-failed'; name: string; message: string }
	/** The text of a module the sandbox asked for (see sandbox/bootstrap.ts), or why not. */
	| { type: 'module-source'; id: number; text: string }
	| { type: 'module-failed'; id: number; message: string };

export type SandboxMessage =
	| { type: 'ready' }
	| { type: 'pong'; seq: number; heapBytes: number | null }
	| { type: 'console'; runId: number; level: ConsoleLevel; args: SerializedValue[] }
	| { type: 'error'; runId: number; kind: ErrorKind; message: string; line: number | null }
	| { type: 'need-assets'; runId: number; name: string }
	/** The sandbox cannot fetch anything itself (see sandbox/bootstrap.ts); the host fetches. */
	| { type: 'need-module'; id: number; url: string }
	| { type: 'started'; runId: number; transpileMs: number }
	| { type: 'done'; runId: number; ms: number }
	/** A library is about to block the sandbox for a while on purpose (starting Postgres). */
	| { type: 'busy'; ms: number; id: number }
	/** The stretch announced by `busy` with this id ended early (others still count). */
	| { type: 'idle'; id: number }
	| { type: 'resize'; height: number };

export type ErrorKind = 'syntax' | 'import' | 'uncaught' | 'rejection';

const HOST_TYPES = new Set([
	'run',
	'ping',
	'assets',
	'assets-failed',
	'module-source',
	'module-failed',
]);
const SANDBOX_TYPES = new Set([
	'ready',
	'pong',
	'console',
	'error',
	'need-assets',
	'need-module',
	'started',
	'done',
	'busy',
	'idle',
	'resize',
]);

function hasType(data: unknown, allowed: Set<string>): data is { type: string } {
	return (
		typeof data === 'object' &&
		data !== null &&
		typeof (data as { type?: unknown }).type === 'string' &&
		allowed.has((data as { type: string }).type)
	);
}

export function isHostMessage(data: unknown): data is HostMessage {
	if (!hasType(data, HOST_TYPES)) return false;
	const message = data as HostMessage;
	if (message.type === 'run') {
		return (
			typeof message.source === 'string' &&
			Number.isInteger(message.runId) &&
			(message.mode === 'console' || message.mode === 'dom')
		);
	}
	return true;
}

export function isSandboxMessage(data: unknown): data is SandboxMessage {
	if (!hasType(data, SANDBOX_TYPES)) return false;
	const message = data as SandboxMessage;
	if ('runId' in message && !Number.isInteger(message.runId)) return false;
	if (message.type === 'console') return Array.isArray(message.args);
	if (message.type === 'error') return typeof message.message === 'string';
	if (message.type === 'need-module')
		return Number.isInteger(message.id) && typeof message.url === 'string';
	if (message.type === 'busy') return Number.isInteger(message.id) && Number.isFinite(message.ms);
	if (message.type === 'idle') return Number.isInteger(message.id);
	return true;
}

/** Where the sandbox may ask the host to fetch code from: the site's own bundles, nothing else. */
export function isSandboxModuleUrl(url: URL, siteOrigin: string): boolean {
	return url.origin === siteOrigin && /^\/(?:runner|_astro)\/[\w./-]+\.js$/.test(url.pathname);
}
