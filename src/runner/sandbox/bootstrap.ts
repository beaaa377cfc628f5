/**
 * The sandbox page's only inline script (bundled into /runner/ at build time by
 * src/pages/runner.astro). It sets up the module loader, which fetches through the host page,
 * and starts the sandbox runtime (/runner/sandbox.js, from ./main.ts) with it.
 */
import { isHostMessage } from '../protocol';
import { createModuleLoader, type ModuleLoader } from './module-loader';

declare global {
	var __sandboxLoader: ModuleLoader;
}

const waiting = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();
let nextId = 0;

window.addEventListener('message', (event) => {
	if (event.source !== window.parent || !isHostMessage(event.data)) return;
	const message = event.data;
	if (message.type !== 'module-source' && message.type !== 'module-failed') return;
	const pending = waiting.get(message.id);
	waiting.delete(message.id);
	if (message.type === 'module-source') pending?.resolve(message.text);
	else pending?.reject(new Error(message.message));
});

function fetchThroughHost(url: string): Promise<string> {
	const id = ++nextId;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		window.parent.postMessage({ type: 'need-module', id, url }, location.origin);
	});
}

globalThis.__sandboxLoader = createModuleLoader(fetchThroughHost, location.origin);
globalThis.__sandboxLoader
	.load(new URL('/runner/sandbox.js', location.href).href)
	.then((url) => import(/* @vite-ignore */ url))
	.catch((error: unknown) => {
		document.body.textContent = `The demo runner could not start: ${String(error)}`;
	});
