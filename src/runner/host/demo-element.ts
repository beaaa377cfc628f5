/**
 * Behaviour of <study-demo>, loaded only when a demo scrolls near or is touched (see
 * lazy-demos.ts). Wires Run / Edit / Reset, keeps the reader's edits for this browser session,
 * and turns sandbox events into output. The editor loads on Edit; the sandbox on Run.
 */
import type { DemoMode } from '../protocol';
import { OutputView } from './output-view';
import {
	SandboxFrame,
	MAX_BUSY_MS,
	UNRESPONSIVE_MS,
	type KillReason,
	type RunEvent,
} from './sandbox-frame';

/** What the reader is told when the watchdog stops a sandbox (see ./watchdog.ts). */
const KILL_MESSAGES: Record<KillReason, string> = {
	unresponsive: `Stopped: the demo did not respond for ${UNRESPONSIVE_MS / 1000} s — probably an infinite loop. Fix it and press Run again.`,
	'slow-start': `Stopped: the demo's libraries took more than ${MAX_BUSY_MS / 1000} s to start, so the computer is probably very busy. Press Run to try again.`,
	memory: 'Stopped: the demo used too much memory. Look for a loop that keeps adding data.',
};
import type { DemoEditor } from './editor';

const RUNTIME_LABELS: Record<string, string> = { pglite: 'Postgres (PGlite)' };

/** How long a new run may keep the previous output on screen before showing "Running…". */
const STALE_OUTPUT_MS = 100;

export class StudyDemo extends HTMLElement {
	private original = '';
	private editor: DemoEditor | null = null;
	private sandbox: SandboxFrame | null = null;
	private view!: OutputView;
	private status!: HTMLElement;
	private progress: HTMLProgressElement | null = null;
	private runStartedAt = 0;
	private codeStartedAt = 0;
	private firstOutputSeen = false;
	/** The log still shows the previous run's output (see run()). */
	private outputIsStale = false;
	private clearTimer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		const sourceScript = this.querySelector('script[data-demo-source]');
		this.original = JSON.parse(sourceScript?.textContent ?? '""') as string;
		this.view = new OutputView(this.querySelector('[role="log"]')!);
		this.status = this.querySelector('.demo-status')!;
		this.querySelector<HTMLElement>('.demo-toolbar')!.hidden = false;
		this.addEventListener('click', this.onClick);
		this.addEventListener('keydown', this.onKeydown);
		const runButton = this.button('run');
		runButton.addEventListener('pointerenter', this.prepareSandbox);
		runButton.addEventListener('focus', this.prepareSandbox);
		if (sessionStorage.getItem(this.storageKey) !== null) void this.openEditor();
		this.dataset.ready = '';
	}

	private get storageKey(): string {
		return `demo-edit:${this.dataset.src}`;
	}

	private get mode(): DemoMode {
		return this.dataset.mode === 'dom' ? 'dom' : 'console';
	}

	private get source(): string {
		return this.editor?.value() ?? sessionStorage.getItem(this.storageKey) ?? this.original;
	}

	private readonly onClick = (event: Event): void => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		if (!button || !this.contains(button)) return;
		const action = button.dataset.action;
		if (action === 'run') void this.run();
		else if (action === 'edit') void this.openEditor(true);
		else if (action === 'reset') this.reset();
	};

	private readonly onKeydown = (event: KeyboardEvent): void => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			void this.run();
		}
	};

	private readonly prepareSandbox = (): void => {
		this.sandbox ??= new SandboxFrame(this.querySelector('.demo-stage')!, (e) =>
			this.onRunEvent(e),
		);
		this.sandbox.prepare(this.mode);
	};

	private async openEditor(focus = false): Promise<void> {
		if (this.editor) {
			if (focus) this.editor.focus();
			return;
		}
		const { createDemoEditor } = await import('./editor');
		const code = this.querySelector<HTMLElement>('.demo-code')!;
		this.editor = createDemoEditor({
			parent: this.querySelector('.demo-stage')!,
			doc: this.source,
			label: `TypeScript source: ${this.querySelector('.demo-title')?.textContent ?? 'demo'}`,
			onChange: (text) => this.remember(text),
		});
		this.querySelector('.demo-stage')!.prepend(this.editor.dom);
		code.hidden = true;
		this.button('edit').hidden = true;
		this.button('reset').disabled = this.source === this.original;
		if (focus) {
			this.editor.focus();
			// Someone editing is about to run: start the sandbox once the editor is up.
			requestAnimationFrame(() => this.prepareSandbox());
		}
	}

	private remember(text: string): void {
		if (text === this.original) sessionStorage.removeItem(this.storageKey);
		else sessionStorage.setItem(this.storageKey, text);
		this.button('reset').disabled = text === this.original;
	}

	private reset(): void {
		sessionStorage.removeItem(this.storageKey);
		this.editor?.setValue(this.original);
		this.button('reset').disabled = true;
		this.sandbox?.dispose();
		this.view.clear();
		this.setStatus('Reset to the original code.');
	}

	private async run(): Promise<void> {
		// The previous output stays until this run has something to show, or for 100 ms at most:
		// a quick run then repaints once, with its result, instead of flashing an empty log (and
		// the page is not busy re-rendering when the first output arrives).
		clearTimeout(this.clearTimer);
		this.outputIsStale = true;
		this.clearTimer = setTimeout(() => this.clearStaleOutput(), STALE_OUTPUT_MS);
		this.runStartedAt = performance.now();
		this.codeStartedAt = 0;
		this.firstOutputSeen = false;
		this.sandbox ??= new SandboxFrame(this.querySelector('.demo-stage')!, (e) =>
			this.onRunEvent(e),
		);
		try {
			await this.sandbox.run(this.source, this.mode);
		} catch (error) {
			this.sandbox = null;
			this.clearStaleOutput();
			this.view.error(error instanceof Error ? error.message : String(error), null);
			this.setStatus('Not run.');
		}
	}

	private clearStaleOutput(): void {
		clearTimeout(this.clearTimer);
		if (!this.outputIsStale) return;
		this.outputIsStale = false;
		this.view.clear();
		this.progress?.remove();
		this.progress = null;
		this.setStatus('Running…');
	}

	private onRunEvent(event: RunEvent): void {
		if (event.type !== 'started') this.clearStaleOutput();
		if (!this.firstOutputSeen && (event.type === 'console' || event.type === 'error')) {
			this.firstOutputSeen = true;
			// Read by `npm run bench` to time Run → first output.
			this.dataset.firstOutputMs = String(Math.round(performance.now() - this.runStartedAt));
		}
		switch (event.type) {
			case 'started':
				this.codeStartedAt = performance.now();
				break;
			case 'console':
				this.view.console(event.level, event.args);
				break;
			case 'error':
				this.view.error(event.message, event.line);
				break;
			case 'loading':
				this.showProgress(event.name, event.loaded, event.total);
				break;
			case 'done':
				this.progress?.remove();
				this.setStatus(`Finished in ${Math.round(event.ms)} ms.`);
				// Progress tracking (src/study/islands.ts) counts demos whose code ran (it compiled).
				// Told once the run is over, so saving progress never delays the demo's output.
				if (this.codeStartedAt > 0) {
					this.dispatchEvent(
						new CustomEvent('study-demo-run', { bubbles: true, detail: { src: this.dataset.src } }),
					);
				}
				break;
			case 'killed':
				this.sandbox = null;
				// From the moment the reader's code began to run (the sandbox had finished compiling it).
				this.dataset.stoppedAfterMs = String(
					Math.round(performance.now() - (this.codeStartedAt || this.runStartedAt)),
				);
				this.view.error(KILL_MESSAGES[event.reason], null);
				this.setStatus('Stopped.');
				break;
		}
	}

	private showProgress(name: string, loaded: number, total: number | null): void {
		const label = `Loading ${RUNTIME_LABELS[name] ?? name}`;
		if (!this.progress) {
			this.progress = document.createElement('progress');
			this.progress.setAttribute('aria-label', label);
			this.status.after(this.progress);
		}
		if (total) this.progress.max = total;
		if (total) this.progress.value = loaded;
		const amount = total
			? `${Math.round((loaded / total) * 100)}%`
			: `${(loaded / 1e6).toFixed(1)} MB`;
		this.setStatus(`${label}… ${amount}`);
	}

	private setStatus(text: string): void {
		this.status.textContent = text;
	}

	private button(action: string): HTMLButtonElement {
		return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
	}
}
