import type { APIRoute } from 'astro';
import { bundleSandbox } from '../../runner/build/bundle-sandbox';

/** The sandbox runtime (src/runner/sandbox/main.ts) as one module, loaded by the bootstrap. */
export const GET: APIRoute = async () =>
	new Response(await bundleSandbox('main'), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
