// A Hono API with the real `etag()` middleware, and a tiny browser cache in front of it that obeys
// Cache-Control: max-age and revalidates with If-None-Match. The clock is simulated, so "wait 30
// seconds" takes no time at all.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { axisBottom, range, scaleLinear, select, sum } from 'd3';

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

// ---- The chart: each load on a timeline, with buttons to wait, reload and change the gate ----
const output = typeof document === 'undefined' ? null : document.querySelector('#output');
if (output) {
	const stage = select(output);
	const controls = stage.append('p');
	const svg = stage
		.append('svg')
		.attr('viewBox', '0 0 640 200')
		.attr('role', 'img')
		.attr('font-size', 12)
		.attr('fill', 'currentColor')
		.style('max-width', '100%');
	const colour = {
		'fresh from cache': '#35b6a0',
		'304 Not Modified': '#6c8cff',
		'200 OK': '#e0925a',
	} as const;
	const draw = (): void => {
		const end = Math.max(180, now + 20);
		const x = scaleLinear().domain([0, end]).range([30, 620]);
		svg.selectAll('*').remove();
		svg.attr(
			'aria-label',
			`Page loads over time: ${loads.map((l) => `${l.at} s ${l.outcome}`).join('; ')}`,
		);
		svg.append('g').attr('transform', 'translate(0,120)').call(axisBottom(x).ticks(8));
		svg.append('text').attr('x', 620).attr('y', 150).attr('text-anchor', 'end').text('seconds');
		// Shade the periods in which the cached copy was fresh (no request needed).
		for (const l of loads.filter((l) => l.outcome !== 'fresh from cache')) {
			svg
				.append('rect')
				.attr('x', x(l.at))
				.attr('width', x(l.at + MAX_AGE) - x(l.at))
				.attr('y', 100)
				.attr('height', 20)
				.attr('fill', '#35b6a0')
				.attr('fill-opacity', 0.2);
		}
		loads.forEach((l, i) => {
			const y = 30 + (i % 3) * 24;
			svg
				.append('circle')
				.attr('class', 'load')
				.attr('data-outcome', l.outcome)
				.attr('cx', x(l.at))
				.attr('cy', 110)
				.attr('r', 6)
				.attr('fill', colour[l.outcome]);
			svg
				.append('text')
				.attr('x', x(l.at))
				.attr('y', y)
				.attr('text-anchor', 'middle')
				.text(`${l.outcome === 'fresh from cache' ? 'cache' : l.outcome.slice(0, 3)} · ${l.gate}`);
		});
		Object.entries(colour).forEach(([label, fill], i) => {
			svg
				.append('circle')
				.attr('cx', 40 + i * 190)
				.attr('cy', 180)
				.attr('r', 5)
				.attr('fill', fill);
			svg
				.append('text')
				.attr('x', 50 + i * 190)
				.attr('y', 184)
				.text(label);
		});
	};
	const button = (label: string, action: () => Promise<void>) =>
		controls
			.append('button')
			.attr('type', 'button')
			.text(label)
			.on('click', async () => {
				await action();
				draw();
			});
	button('Wait 20 s and reload', async () => {
		advance(20);
		await load('/api/flights/7');
	});
	controls.append('span').text(' ');
	let gates = 0;
	button('Change the gate on the server', () => changeGate(`D${++gates}`));
	draw();
}
