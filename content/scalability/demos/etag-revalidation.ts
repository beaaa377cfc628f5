// A Hono API with the real `etag()` middleware, and a tiny browser cache in front of it that obeys
// Cache-Control: max-age and revalidates with If-None-Match. The clock is simulated, so "wait 30
// seconds" takes no time at all.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { range, sum } from 'd3';
import { button, timeline } from 'demo-kit/charts';

const MAX_AGE = 60; // seconds the browser may reuse a response without asking

const flight = {
	id: 7,
	origin: 'JFK',
	destination: 'LHR',
	gate: 'B22',
	passengers: range(1, 21).map((n) => ({ id: n, name: `Passenger ${n}`, seat: `${n}A` })),
};

const app = new Hono();
app.use('/api/*', etag()); // hashes each GET response body (SHA-1) into an ETag header
app.get('/api/flights/7', (c) => {
	c.header('Cache-Control', `max-age=${MAX_AGE}`);
	return c.json(flight);
});
app.patch('/api/flights/7', async (c) => {
	Object.assign(flight, await c.req.json());
	return c.json(flight);
});

// ---- A browser's HTTP cache, reduced to the rules that matter here ----
let now = 0; // simulated seconds
interface Entry {
	body: string;
	etag: string;
	storedAt: number;
	maxAge: number;
}
const cache = new Map<string, Entry>();
export interface Load {
	at: number;
	outcome: 'fresh from cache' | '304 Not Modified' | '200 OK';
	bodyBytes: number; // bytes of body that crossed the network
	gate: string; // what the page showed
}
export const loads: Load[] = [];
const changes: Array<{ at: number; gate: string }> = []; // gate changes on the server, for the chart

export async function load(url: string): Promise<Load> {
	const cached = cache.get(url);
	let outcome: Load['outcome'];
	let bodyBytes = 0;
	if (cached && now - cached.storedAt < cached.maxAge) {
		outcome = 'fresh from cache'; // no request at all
	} else {
		const headers: Record<string, string> = cached ? { 'If-None-Match': cached.etag } : {};
		const res = await app.request(url, { headers });
		const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('Cache-Control') ?? '')?.[1] ?? 0);
		if (res.status === 304 && cached) {
			outcome = '304 Not Modified'; // same body as ours: keep it, and it is fresh again
			Object.assign(cached, { storedAt: now, maxAge });
		} else {
			const body = await res.text();
			bodyBytes = new TextEncoder().encode(body).length;
			outcome = '200 OK';
			cache.set(url, { body, etag: res.headers.get('ETag')!, storedAt: now, maxAge });
		}
	}
	const entry = cache.get(url)!;
	const result = { at: now, outcome, bodyBytes, gate: JSON.parse(entry.body).gate as string };
	loads.push(result);
	console.log(
		`t=${String(now).padStart(3)} s  ${outcome.padEnd(16)} ${String(bodyBytes).padStart(5)} body bytes  gate ${result.gate}  (ETag ${entry.etag.slice(0, 12)}…")`,
	);
	return result;
}
export function advance(seconds: number): void {
	now += seconds;
}
export async function changeGate(gate: string): Promise<void> {
	await app.request('/api/flights/7', {
		method: 'PATCH',
		body: JSON.stringify({ gate }),
		headers: { 'Content-Type': 'application/json' },
	});
	changes.push({ at: now, gate });
	console.log(`t=${String(now).padStart(3)} s  server: gate changed to ${gate}`);
}

// First, the raw exchange: a 200 with an ETag, then the same request with If-None-Match.
const first = await app.request('/api/flights/7');
const tag = first.headers.get('ETag')!;
console.log(
	`GET → ${first.status}, ETag: ${tag}, Cache-Control: ${first.headers.get('Cache-Control')}`,
);
const again = await app.request('/api/flights/7', { headers: { 'If-None-Match': tag } });
console.log(
	`GET with If-None-Match: ${tag} → ${again.status} ${again.statusText}, body ${(await again.text()).length} bytes, headers: ${[...again.headers.keys()].join(', ')}`,
);

// Then a reader who keeps the page open and reloads it now and then.
await load('/api/flights/7'); // t=0: nothing cached yet
for (const step of [30, 45]) {
	advance(step);
	await load('/api/flights/7'); // t=30 fresh; t=75 stale, revalidated with a 304
}
advance(25);
await changeGate('C7'); // t=100
advance(10);
await load('/api/flights/7'); // t=110: still fresh, so the page shows the OLD gate
advance(35);
await load('/api/flights/7'); // t=145: revalidation finds a new ETag: 200 with the new body
const sent = sum(loads, (l) => l.bodyBytes);
const full = loads.length * loads.find((l) => l.bodyBytes > 0)!.bodyBytes;
console.log(
	`${loads.length} loads, ${loads.filter((l) => l.outcome !== 'fresh from cache').length} requests, ${sent} body bytes sent (${full} without caching)`,
);

// ---- On the page (drawn by demo-kit/charts): each load on a timeline; wait, reload, change ----
let gates = 0;
button('Wait 20 s and reload', async () => {
	advance(20);
	await load('/api/flights/7');
	draw();
});
button('Change the gate on the server', async () => {
	await changeGate(`D${++gates}`);
	draw();
});
const chart = timeline({
	title: 'Page loads over time',
	lanes: ['server', 'browser'],
	x: { label: 'seconds', domain: [0, 180], unit: 's' },
	kinds: {
		'200 OK': { label: '200 OK, full body sent', colour: 2, shape: 'square' },
		'304 Not Modified': { label: '304 Not Modified, no body', colour: 0, shape: 'triangle' },
		'fresh from cache': { label: 'fresh copy, no request', colour: 1, shape: 'circle' },
		change: { label: 'gate changed', colour: 3, shape: 'diamond' },
	},
	events: [],
});
draw();

function draw(): void {
	const requests = loads.filter((l) => l.outcome !== 'fresh from cache');
	chart.update({
		x: { label: 'seconds', domain: [0, Math.max(180, now + 20)], unit: 's' },
		events: [
			...changes.map((c) => ({
				lane: 'server',
				at: c.at,
				kind: 'change',
				label: `gate ${c.gate}`,
			})),
			...loads.map((l) => ({
				lane: 'browser',
				at: l.at,
				kind: l.outcome,
				label: `${l.outcome === 'fresh from cache' ? 'cache' : l.outcome.slice(0, 3)} · ${l.gate}`,
			})),
		],
		// Only requests reach the server; after each, the copy is fresh for MAX_AGE seconds.
		links: requests.map((l) => ({
			from: { lane: 'browser', at: l.at },
			to: { lane: 'server', at: l.at },
		})),
		spans: requests.map((l) => ({
			lane: 'browser',
			from: l.at,
			to: l.at + MAX_AGE,
			label: 'cached copy is fresh',
		})),
	});
}
