/**
 * One demo's sandbox, seen from the chapter page: an <iframe sandbox="allow-scripts"> on the
 * /runner/ page, a watchdog that replaces the iframe when demo code stops answering (an infinite
 * loop) or grows past a memory ceiling, and the hand-off of large runtime files.
 */
import {
	isSandboxMessage,
	type HostMessage,
	type SandboxMessage,
	type DemoMode,
} from '../protocol';
import { runtimeImportedBy } from '../libraries';
import { downloadRuntime, fetchRuntimeAssets } from './runtime-assets';

export const UNRESPONSIVE_MS = 1500;
export const HEAP_LIMIT_BYTES = 768 * 1024 * 1024;
/** Longest pause a library may announce (see the 'busy' message); reader code gets none. */
const MAX_BUSY_MS = 15_000;
const PING_EVERY_MS = 200;

export type RunEvent =
	| SandboxMessage
	| { type: 'killed'; reason: 'unresponsive' | 'memory' }
	| { type: 'loading'; name: string; loaded: number; total: number | null };

export class SandboxFrame {
	private iframe: HTMLIFrameElement | null = null;
	private ready: Promise<void> | null = null;
	private resolveReady: () => void = () => {};
	private runId = 0;
	private watchdog: ReturnType<typeof setInterval> | undefined;
	private lastPong = 0;
	private busyUntil = 0;
	private seq = 0;

	constructor(
		private readonly container: HTMLElement,
		private readonly onEvent: (event: RunEvent) => void,
	) {}

	async run(source: string, mode: DemoMode): Promise<number> {
		// A Postgres demo will ask for PGlite's files as soon as it is compiled; start downloading
		// them now, while the sandbox and transpiler load, instead of after.
		const runtime = runtimeImportedBy(source);
		if (runtime) void downloadRuntime(runtime, this.progress(runtime)).catch(() => {});
		await this.ensureFrame(mode);
		const runId = ++this.runId;
		this.post({ type: 'run', runId, source, mode });
		// The watchdog runs for as long as the sandbox lives, not only until the top level of the
		// demo finishes: timers and promises can spin or hoard memory long after that.
		this.startWatchdog();
		return runId;
	}

	/** Throws the iframe away; the next run starts a fresh one. */
	dispose(): void {
		this.stopWatchdog();
		window.removeEventListener('message', this.onMessage);
		this.iframe?.remove();
		this.iframe = null;
		this.ready = null;
	}

	private ensureFrame(mode: DemoMode): Promise<void> {
		if (this.iframe && this.ready) {
			// A DOM demo draws into the page it ran in, so every run gets a clean one.
			if (mode === 'console') return this.ready;
			this.dispose();
		}
		const iframe = document.createElement('iframe');
		iframe.setAttribute('sandbox', 'allow-scripts');
		iframe.title = 'Demo output (sandboxed)';
		// The sandbox cannot read the site's theme setting, so the page tells it in the URL.
		iframe.src = `/runner/#theme=${document.documentElement.dataset.theme === 'light' ? 'light' : 'dark'}`;
		iframe.className = 'demo-sandbox';
		iframe.hidden = mode === 'console';
		this.iframe = iframe;
		this.ready = new Promise((resolve) => {
			this.resolveReady = resolve;
		});
		window.addEventListener('message', this.onMessage);
		this.container.append(iframe);
		return this.ready;
	}

	private readonly onMessage = (event: MessageEvent): void => {
		// Only our own iframe's window may talk to us; its origin is opaque ("null") by design.
		if (!this.iframe || event.source !== this.iframe.contentWindow) return;
		if (!isSandboxMessage(event.data)) return;
		const message = event.data;
		switch (message.type) {
			case 'ready':
				this.resolveReady();
				return;
			case 'pong':
				this.lastPong = performance.now();
				if (message.heapBytes !== null && message.heapBytes > HEAP_LIMIT_BYTES) this.kill('memory');
				return;
			case 'busy':
				this.busyUntil = performance.now() + Math.min(message.ms, MAX_BUSY_MS);
				return;
			case 'resize':
				if (this.iframe) this.iframe.style.height = `${Math.min(message.height, 2000)}px`;
				return;
			case 'need-assets':
				void this.sendAssets(message.name);
				break;
		}
		if ('runId' in message && message.runId !== this.runId) return; // a stale run's output
		this.onEvent(message);
	};

	private progress(name: string) {
		return (loaded: number, total: number | null) =>
			this.onEvent({ type: 'loading', name, loaded, total });
	}

	private async sendAssets(name: string): Promise<void> {
		try {
			const files = await fetchRuntimeAssets(name, this.progress(name));
			this.lastPong = performance.now(); // downloading is the host's time, not the demo's
			this.post({ type: 'assets', assets: { name, files } }, Object.values(files));
		} catch (error) {
			this.post({ type: 'assets-failed', name, message: String(error) });
		}
	}

	private post(message: HostMessage, transfer: Transferable[] = []): void {
		// The sandbox's origin is opaque, so no target origin can name it; we know the window.
		this.iframe?.contentWindow?.postMessage(message, '*', transfer);
	}

	private startWatchdog(): void {
		this.stopWatchdog();
		this.lastPong = performance.now();
		this.watchdog = setInterval(() => {
			// Background tabs throttle timers; judge the sandbox only while the page is visible.
			if (document.hidden || performance.now() < this.busyUntil) this.lastPong = performance.now();
			else if (performance.now() - this.lastPong > UNRESPONSIVE_MS) this.kill('unresponsive');
			else this.post({ type: 'ping', seq: ++this.seq });
		}, PING_EVERY_MS);
	}

	private stopWatchdog(): void {
		clearInterval(this.watchdog);
		this.watchdog = undefined;
	}

	private kill(reason: 'unresponsive' | 'memory'): void {
		this.dispose();
		this.onEvent({ type: 'killed', reason });
	}
}
