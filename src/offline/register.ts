/**
 * Registers the service worker (src/sw/sw.ts) and drives the offline status control in the
 * header (src/components/shell/OfflineStatus.astro): progress while the two tiers are cached,
 * what is stored, Save / Remove, and the "new version" prompt. Loaded when the page is idle.
 */
import { Workbox } from 'workbox-window';
import { RUNTIME_CACHE_PREFIX, type OfflineEvent, type OfflineManifest } from './tiers';

/** The reader's choice, a preference rather than study data. */
const CHOICE_KEY = 'study-offline';
type Choice = 'all' | 'core' | 'off';

interface State {
	manifest: OfflineManifest | null;
	coreCached: number;
	runtimeBytes: number;
	runtimesReady: boolean;
	runtimesBusy: boolean;
	error: string | null;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function choice(): Choice | null {
	const value = localStorage.getItem(CHOICE_KEY);
	return value === 'all' || value === 'core' || value === 'off' ? value : null;
}

function saveData(): boolean {
	return Boolean(
		(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData,
	);
}

/** Entries in the cache whose name starts with `prefix` (each tier has one). */
async function cachedCount(prefix: string): Promise<number> {
	const name = (await caches.keys()).find((key) => key.startsWith(prefix));
	return name ? (await (await caches.open(name)).keys()).length : 0;
}

export async function startOffline(): Promise<void> {
	const root = document.querySelector<HTMLElement>('[data-offline]');
	if (!root || !('serviceWorker' in navigator)) return;
	const toggle = root.querySelector<HTMLButtonElement>('.offline-toggle')!;
	const label = root.querySelector<HTMLElement>('.offline-label')!;
	const panel = root.querySelector<HTMLElement>('.offline-panel')!;
	const coreLine = panel.querySelector<HTMLElement>('[data-core]')!;
	const runtimesLine = panel.querySelector<HTMLElement>('[data-runtimes]')!;
	const save = panel.querySelector<HTMLButtonElement>('[data-action="save"]')!;
	const remove = panel.querySelector<HTMLButtonElement>('[data-action="remove"]')!;
	// The footer sits inside Starlight's content column, whose stacking context would put the
	// table of contents above a fixed control; as children of <body> they float over everything.
	document.body.append(root, document.querySelector('[data-offline-update]') ?? '');
	root.hidden = false;

	toggle.addEventListener('click', () => {
		const open = toggle.getAttribute('aria-expanded') !== 'true';
		toggle.setAttribute('aria-expanded', String(open));
		panel.hidden = !open;
	});
	root.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !panel.hidden) {
			panel.hidden = true;
			toggle.setAttribute('aria-expanded', 'false');
			toggle.focus();
		}
	});

	const state: State = {
		manifest: null,
		coreCached: 0,
		runtimeBytes: 0,
		runtimesReady: false,
		runtimesBusy: false,
		error: null,
	};

	const render = () => {
		const m = state.manifest;
		const current = choice();
		if (current === 'off' || !m) {
			label.textContent = 'Not saved offline';
			coreLine.textContent = 'Nothing from this site is saved for offline use in this browser.';
			runtimesLine.textContent = '';
			save.textContent = 'Save for offline';
			save.hidden = false;
			remove.hidden = true;
			return;
		}
		const coreDone = state.coreCached >= m.core.files;
		const coreBytes = Math.min(1, state.coreCached / m.core.files) * m.core.bytes;
		coreLine.textContent = `Pages, search and the demo runner: ${m.core.files} files, ${mb(m.core.bytes)} — ${coreDone ? 'saved' : `saving (${Math.round((100 * state.coreCached) / m.core.files)}%)`}.`;
		const wantsRuntimes = current === 'all';
		runtimesLine.textContent = `Demo runtimes (Postgres, git, templates, charts): ${m.runtimes.files.length} files, ${mb(m.runtimes.bytes)} — ${
			state.runtimesReady
				? 'saved'
				: state.runtimesBusy
					? `saving (${Math.round((100 * state.runtimeBytes) / m.runtimes.bytes)}%)`
					: state.error
						? `not saved: ${state.error}`
						: 'not saved'
		}.`;
		save.hidden = state.runtimesReady || state.runtimesBusy;
		save.textContent = `Save demo runtimes too (${mb(m.runtimes.bytes)})`;
		remove.hidden = false;
		const total = m.core.bytes + (wantsRuntimes ? m.runtimes.bytes : 0);
		const done = coreBytes + (wantsRuntimes ? state.runtimeBytes : 0);
		const ready = coreDone && (!wantsRuntimes || state.runtimesReady);
		root.dataset.state = ready ? 'ready' : 'busy';
		if (ready) {
			label.textContent = wantsRuntimes
				? `Ready offline · ${mb(total)}`
				: `Pages ready offline · ${mb(total)}`;
		} else {
			label.textContent = `Caching for offline… ${Math.floor((100 * done) / total)}%`;
		}
	};

	if (choice() === 'off') {
		render();
	} else {
		await register(state, render);
	}

	save.addEventListener('click', async () => {
		if (choice() === 'off' || !state.manifest) {
			localStorage.setItem(CHOICE_KEY, saveData() ? 'core' : 'all');
			await register(state, render);
			return;
		}
		localStorage.setItem(CHOICE_KEY, 'all');
		await cacheRuntimes(state, render);
	});
	remove.addEventListener('click', async () => {
		localStorage.setItem(CHOICE_KEY, 'off');
		for (const registration of await navigator.serviceWorker.getRegistrations())
			await registration.unregister();
		for (const key of await caches.keys()) {
			if (key.startsWith('workbox-precache') || key.startsWith(RUNTIME_CACHE_PREFIX))
				await caches.delete(key);
		}
		state.manifest = null;
		render();
		label.textContent = 'Offline copies removed';
	});
}

async function register(state: State, render: () => void): Promise<void> {
	const wb = new Workbox('/sw.js');
	const hadController = Boolean(navigator.serviceWorker.controller);
	wb.addEventListener('waiting', () => showUpdatePrompt(wb));
	// After the reader accepted an update, every open tab reloads into the new version together.
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (hadController) location.reload();
	});
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineEvent>) => {
		const message = event.data;
		if (message?.type === 'runtimes-progress') {
			state.runtimesBusy = true;
			state.runtimeBytes = message.bytes;
		} else if (message?.type === 'runtimes-ready') {
			state.runtimesBusy = false;
			state.runtimesReady = true;
			state.runtimeBytes = message.bytes;
		} else if (message?.type === 'runtimes-failed') {
			state.runtimesBusy = false;
			state.error = navigator.onLine ? message.message : 'offline';
		} else return;
		render();
	});
	const registration = await wb.register();
	if (!registration) return;

	state.manifest = (await (await fetch('/offline-manifest.json')).json()) as OfflineManifest;
	if (!choice()) localStorage.setItem(CHOICE_KEY, saveData() ? 'core' : 'all');
	// The core tier is cached by the worker's install; watch it fill up.
	for (;;) {
		state.coreCached = await cachedCount('workbox-precache');
		render();
		if (state.coreCached >= state.manifest.core.files) break;
		await new Promise((resolve) => setTimeout(resolve, 400));
	}
	await navigator.serviceWorker.ready;
	if ((await cachedCount(RUNTIME_CACHE_PREFIX)) >= state.manifest.runtimes.files.length) {
		state.runtimesReady = true;
		state.runtimeBytes = state.manifest.runtimes.bytes;
		render();
	} else if (choice() === 'all') {
		await cacheRuntimes(state, render);
	}
}

async function cacheRuntimes(state: State, render: () => void): Promise<void> {
	const registration = await navigator.serviceWorker.ready;
	state.runtimesBusy = true;
	state.error = null;
	render();
	registration.active?.postMessage({ type: 'cache-runtimes' });
}

function showUpdatePrompt(wb: Workbox): void {
	const prompt = document.querySelector<HTMLElement>('[data-offline-update]');
	if (!prompt) return;
	prompt.hidden = false;
	prompt.querySelector('button')!.addEventListener(
		'click',
		() => {
			prompt.querySelector('button')!.disabled = true;
			// The waiting worker takes over; 'controllerchange' then reloads every tab.
			wb.messageSkipWaiting();
		},
		{ once: true },
	);
}
