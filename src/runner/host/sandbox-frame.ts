/**
 * One demo's sandbox, seen from the chapter page: an iframe on the /runner/ page, a watchdog that replaces the iframe when demo code stops answering (an infinite
 * loop) or grows past a memory ceiling, and the hand-off of code and large runtime files.
 *
 * Isolation comes from the `sandbox allow-scripts allow-forms` directive in /runner/'s own CSP (netlify.toml,
 * enforced again by the service worker), not from an iframe sandbox attribute: browsers do not
 * let a service worker serve a frame sandboxed by attribute, so such a frame could never load
 * offline. The effect is the same opaque origin, and the page checks it before every run.
 * An opaque-origin document is not served by the service worker either, so the sandbox asks
 * this page for every module it needs (need-module) and this page fetches it, offline or not.
 */
import {
	isSandboxModuleUrl,
	isSandboxMessage,
	type HostMessage,
	type SandboxMessage,
	type DemoMode,
} from '../protocol';
import { runtimeImportedBy } from '../libraries';
import { downloadRuntime, fetchRuntimeAssets } from './runtime-assets';
import { Watchdog } from './watchdog';

/** Module texts this page has fetched for its sandboxes: every new sandbox needs the same ones. */
const moduleTexts = new Map<string, Promise<string>>();
const SANDBOX_RUNTIME = '/runner/sandbox.js';

function moduleText(url: URL): Promise<string> {
	let text = moduleTexts.get(url.href);
	if (!text) {
		text = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.text();
		});
		moduleTexts.set(url.href, text);
		text.catch(() => moduleTexts.delete(url.href));
	}
	return text;
}

export const UNRESPONSIVE_MS = 1500;
export const HEAP_LIMIT_BYTES = 768 * 1024 * 1024;
/** Longest pause a library may announce (see the 'busy' message); reader code gets none. */
export const MAX_BUSY_MS = 20_000;
const PING_EVERY_MS = 200;

export type KillReason = 'unresponsive' | 'slow-start' | 'memory';

export type RunEvent =
	| SandboxMessage
	| { type: 'killed'; reason: KillReason }
	| { type: 'loading'; name: string; loaded: number; total: number | null };

export class SandboxFrame {
	private iframe: HTMLIFrameElement | null = null;
	/** This page's end of the private channel to the current frame (see ../protocol.ts). */
	private port: MessagePort | null = null;
	private ready: Promise<void> | null = null;
	/** Whether a demo has run in the current frame. */
	private used = false;
	private resolveReady: () => void = () => {};
	private runId = 0;
	private watchdogTimer: ReturnType<typeof setInterval> | undefined;
	private readonly watchdog = new Watchdog({
		limitMs: UNRESPONSIVE_MS,
		maxBusyMs: MAX_BUSY_MS,
		tickMs: PING_EVERY_MS,
	});
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
		this.assertIsolated();
		this.used = true;
		if (this.iframe) this.iframe.hidden = mode === 'console';
		const runId = ++this.runId;
		this.post({ type: 'run', runId, source, mode });
		// The watchdog runs for as long as the sandbox lives, not only until the top level of the
		// demo finishes: timers and promises can spin or hoard memory long after that.
		this.startWatchdog();
		return runId;
	}

	/**
	 * Starts a sandbox before Run is pressed, when the reader shows the intent to run (opens the
	 * editor, points at or focuses Run), so loading it overlaps their last second of reading.
	 */
	prepare(mode: DemoMode): void {
		void this.ensureFrame(mode).catch(() => {});
	}

	/** Throws the iframe away; the next run starts a fresh one. */
	dispose(): void {
		this.stopWatchdog();
		this.port?.close();
		this.port = null;
		this.iframe?.remove();
		this.iframe = null;
		this.ready = null;
	}

	private ensureFrame(mode: DemoMode): Promise<void> {
		if (this.iframe && this.ready) {
			// A DOM demo draws into the page it ran in, so every run gets a clean one (a prepared
			// frame nothing has run in yet is clean).
			if (mode === 'console' || !this.used) return this.ready;
			this.dispose();
		}
		this.used = false;
		// The sandbox's first request will be its runtime: fetch it while the frame loads.
		void moduleText(new URL(SANDBOX_RUNTIME, location.href)).catch(() => {});
		const iframe = document.createElement('iframe');
		iframe.title = 'Demo output (sandboxed)';
		// The sandbox cannot read the site's theme setting, so the page tells it in the URL.
		iframe.src = `/runner/#theme=${document.documentElement.dataset.theme === 'light' ? 'light' : 'dark'}`;
		iframe.className = 'demo-sandbox';
		iframe.hidden = true; // until a run that draws (a prepared frame stays out of sight)
		this.iframe = iframe;
		this.ready = new Promise((resolve) => {
			this.resolveReady = resolve;
		});
		const channel = new MessageChannel();
		this.port = channel.port1;
		this.port.onmessage = this.onMessage;
		// Once, when /runner/ has loaded: a later load would be a page the demo navigated to.
		iframe.addEventListener(
			'load',
			() => iframe.contentWindow?.postMessage({ type: 'connect' }, '*', [channel.port2]),
			{ once: true },
		);
		this.container.append(iframe);
		return this.ready;
	}

	private readonly onMessage = (event: MessageEvent): void => {
		// Only our own frame holds the other end of this port; the shape is checked all the same.
		if (!this.iframe || !isSandboxMessage(event.data)) return;
		const message = event.data;
		switch (message.type) {
			case 'ready':
				this.resolveReady();
				return;
			case 'pong':
				this.watchdog.pong(performance.now());
				if (message.heapBytes !== null && message.heapBytes > HEAP_LIMIT_BYTES) this.kill('memory');
				return;
			case 'idle':
				this.watchdog.idle(message.id, performance.now());
				return;
			case 'busy':
				this.watchdog.busyFor(message.id, message.ms, performance.now());
				return;
			case 'resize':
				if (this.iframe) this.iframe.style.height = `${Math.min(message.height, 2000)}px`;
				return;
			case 'need-assets':
				void this.sendAssets(message.name);
				break;
			case 'need-module':
				void this.sendModule(message.id, message.url);
				return;
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
			this.watchdog.pong(performance.now()); // downloading is the host's time, not the demo's
			this.post({ type: 'assets', assets: { name, files } }, Object.values(files));
		} catch (error) {
			this.post({ type: 'assets-failed', name, message: String(error) });
		}
	}

	/**
	 * Refuses to run reader code in a frame that can reach this page: if /runner/ ever came back
	 * without its sandbox policy, its document would share the site's origin.
	 */
	private assertIsolated(): void {
		let sameOrigin: boolean;
		try {
			sameOrigin = Boolean(this.iframe?.contentWindow?.document);
		} catch {
			sameOrigin = false; // a cross-origin (opaque) frame: what we want
		}
		if (sameOrigin) {
			this.dispose();
			throw new Error('The demo sandbox is not isolated from the page, so the demo was not run.');
		}
	}

	private async sendModule(id: number, raw: string): Promise<void> {
		const url = new URL(raw, location.href);
		if (!isSandboxModuleUrl(url, location.origin)) {
			this.post({ type: 'module-failed', id, message: `Not a module of this site: ${raw}` });
			return;
		}
		try {
			this.post({ type: 'module-source', id, text: await moduleText(url) });
		} catch (error) {
			const reason = navigator.onLine
				? String(error)
				: 'you are offline and it has not been saved for offline use yet';
			this.post({
				type: 'module-failed',
				id,
				message: `Could not load ${url.pathname}: ${reason}`,
			});
		}
	}

	private post(message: HostMessage, transfer: Transferable[] = []): void {
		this.port?.postMessage(message, transfer);
	}

	private startWatchdog(): void {
		this.stopWatchdog();
		this.watchdog.start(performance.now());
		this.watchdogTimer = setInterval(() => {
			const verdict = this.watchdog.tick(performance.now(), document.hidden);
			if (verdict === 'ping') this.post({ type: 'ping', seq: ++this.seq });
			else if (verdict !== 'wait') this.kill(verdict);
		}, PING_EVERY_MS);
	}

	private stopWatchdog(): void {
		clearInterval(this.watchdogTimer);
		this.watchdogTimer = undefined;
	}

	private kill(reason: KillReason): void {
		this.dispose();
		this.onEvent({ type: 'killed', reason });
	}
}
