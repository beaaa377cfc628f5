/**
 * The sandbox page's only inline script (bundled into /runner/ at build time by
 * src/pages/runner.astro). It sets up the module loader, which fetches through the host page,
 * and starts the sandbox runtime (/runner/sandbox.js, from ./main.ts) with it.
 */
import { isConnectMessage, isHostMessage } from '../protocol';
import { createModuleLoader, type ModuleLoader } from './module-loader';

declare global {
	var __sandboxLoader: ModuleLoader;
	/** This sandbox's end of the channel to the host page (see ../protocol.ts). */
	var __sandboxPort: MessagePort;
}

const waiting = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();
let nextId = 0;

/** The host hands over the channel once this page has loaded; only the parent is listened to. */
const connected = new Promise<MessagePort>((resolve) => {
	const onConnect = (event: MessageEvent) => {
		const [port] = event.ports;
		if (event.source !== window.parent || !isConnectMessage(event.data) || !port) return;
		window.removeEventListener('message', onConnect);
		port.addEventListener('message', (message) => {
			if (!isHostMessage(message.data)) return;
			const data = message.data;
			if (data.type !== 'module-source' && data.type !== 'module-failed') return;
			const pending = waiting.get(data.id);
			waiting.delete(data.id);
			if (data.type === 'module-source') pending?.resolve(data.text);
			else pending?.reject(new Error(data.message));
		});
		port.start();
		globalThis.__sandboxPort = port;
		resolve(port);
	};
	window.addEventListener('message', onConnect);
});

async function fetchThroughHost(url: string): Promise<string> {
	const port = await connected;
	const id = ++nextId;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		port.postMessage({ type: 'need-module', id, url });
	});
}

globalThis.__sandboxLoader = createModuleLoader(fetchThroughHost, location.origin);
globalThis.__sandboxLoader
	.load(new URL('/runner/sandbox.js', location.href).href)
	.then((url) => import(/* @vite-ignore */ url))
	.catch((error: unknown) => {
		document.body.textContent = `The demo runner could not start: ${String(error)}`;
	});
