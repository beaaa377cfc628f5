/**
 * Serves a built site the way Netlify would: pretty URLs, 404.html, the response headers from
 * netlify.toml (including the Content-Security-Policy), and gzip for text. `npm start` and the e2e tests use it.
 *   node tests/support/serve.ts [--dir dist] [--port 4321]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { headersFor, loadHeaderRules } from './netlify-headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.data': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

const { values: args } = parseArgs({
	options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } },
});
const root = resolve(args.dir);
const rules = loadHeaderRules();

async function fileFor(pathname: string): Promise<string | undefined> {
	const candidate = normalize(join(root, pathname));
	if (!candidate.startsWith(root)) return undefined;
	const info = await stat(candidate).catch(() => undefined);
	if (info?.isFile()) return candidate;
	if (info?.isDirectory()) {
		const index = join(candidate, 'index.html');
		if (await stat(index).catch(() => undefined)) return index;
	}
	return undefined;
}

/** Text types are sent gzipped, as Netlify's CDN does; binaries (wasm, data) as they are. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.xml',
	'.txt',
]);

async function send(
	res: ServerResponse,
	status: number,
	file: string,
	pathname: string,
	head: boolean,
	acceptsGzip: boolean,
) {
	const gzip = acceptsGzip && COMPRESSIBLE.has(extname(file));
	res.writeHead(status, {
		...headersFor(rules, pathname),
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		Vary: 'Accept-Encoding',
		...(gzip
			? { 'Content-Encoding': 'gzip' }
			: { 'Content-Length': String((await stat(file)).size) }),
	});
	if (head) res.end();
	else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
	else createReadStream(file).pipe(res);
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const pathname = decodeURIComponent(url.pathname);
	const head = req.method === 'HEAD';
	const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	const file = await fileFor(pathname);
	if (file && !pathname.endsWith('/') && file.endsWith('index.html')) {
		res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
	} else if (file) {
		await send(res, 200, file, pathname, head, gzip);
	} else {
		await send(res, 404, join(root, '404.html'), pathname, head, gzip);
	}
});

server.listen(Number(args.port), '127.0.0.1', () => {
	console.log(`Serving ${args.dir} with netlify.toml headers at http://localhost:${args.port}/`);
});
