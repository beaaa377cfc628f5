// A load balancer in front of four servers, simulated on a fake clock with seeded randomness, so
// every run prints the same numbers. Servers A and B are twice as fast as C and D. At 10.5 s
// server C dies; the balancer only notices when C's heartbeats stop arriving.
import { max, range } from 'd3';
import { barChart, choice, lineChart } from 'demo-kit/charts';

const SEED = 42;
const DURATION = 20_000; // ms of simulated time
const RATE = 330; // requests per second arriving at the balancer
const CLIENTS = 60; // distinct client IP addresses
const KILL = { server: 'C', at: 10_500 }; // set `at` to Infinity to keep every server alive
const HEARTBEAT_EVERY = 1_000; // each live server reports in once a second
const DEAD_AFTER = 3_000; // no heartbeat for this long: the balancer marks the server down

interface Server {
	name: string;
	meanServiceMs: number; // average time one request takes on this machine
	slots: number; // requests it works on at once (worker processes)
	weight: number; // only the weighted algorithm reads this
}
const SERVERS: Server[] = [
	{ name: 'A', meanServiceMs: 20, slots: 4, weight: 2 },
	{ name: 'B', meanServiceMs: 20, slots: 4, weight: 2 },
	{ name: 'C', meanServiceMs: 40, slots: 4, weight: 1 },
	{ name: 'D', meanServiceMs: 40, slots: 4, weight: 1 },
];

/** mulberry32: a tiny seeded pseudo-random generator. Same seed, same sequence, every run. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
/** An exponentially distributed number with this mean (gaps between arrivals, service times). */
const exponential = (random: () => number, mean: number) => -mean * Math.log(1 - random());

/** FNV-1a, a simple string hash: the same IP always gives the same number. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

type Algorithm = 'round robin' | 'least connections' | 'weighted round robin' | 'IP hash';
const ALGORITHMS: Algorithm[] = [
	'round robin',
	'least connections',
	'weighted round robin',
	'IP hash',
];

interface Backend extends Server {
	alive: boolean; // the truth (the balancer cannot see it)
	inRotation: boolean; // what the balancer believes
	lastHeartbeat: number;
	slotFreeAt: number[]; // when each worker slot finishes its current queue
	finishing: number[]; // end times of requests still open on this server
}

/** Picks a backend for one request. Each algorithm sees only the servers still in rotation. */
function makePicker(algorithm: Algorithm): (pool: Backend[], ip: string, now: number) => Backend {
	let turn = 0;
	// Weighted round robin: a server of weight 2 appears twice in the cycle.
	if (algorithm === 'weighted round robin')
		return (pool) => {
			const cycle = pool.flatMap((s) => Array<Backend>(s.weight).fill(s));
			return cycle[turn++ % cycle.length]!;
		};
	if (algorithm === 'round robin') return (pool) => pool[turn++ % pool.length]!;
	if (algorithm === 'IP hash') return (pool, ip) => pool[fnv1a(ip) % pool.length]!;
	// Least connections: the server with the fewest requests still open right now.
	return (pool, _ip, now) => {
		for (const s of pool) s.finishing = s.finishing.filter((end) => end > now);
		return pool.reduce((best, s) => (s.finishing.length < best.finishing.length ? s : best));
	};
}

/** The nearest-rank percentile: the value below which p% of the sorted samples fall. */
export function percentile(sorted: number[], p: number): number {
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Result {
	algorithm: Algorithm;
	latencies: number[];
	failed: number;
	served: Record<string, number>;
	perSecond: Record<string, number[]>; // requests sent to each server in each second
	markedDownAt: number | null;
}

function simulate(algorithm: Algorithm): Result {
	const random = prng(SEED); // the same arrivals for every algorithm: a fair comparison
	const ips = range(CLIENTS).map((i) => `203.0.113.${i + 1}`);
	const backends: Backend[] = SERVERS.map((s) => ({
		...s,
		alive: true,
		inRotation: true,
		lastHeartbeat: 0,
		slotFreeAt: Array<number>(s.slots).fill(0),
		finishing: [],
	}));
	const pick = makePicker(algorithm);
	const seconds = Math.ceil(DURATION / 1000);
	const result: Result = {
		algorithm,
		latencies: [],
		failed: 0,
		served: Object.fromEntries(SERVERS.map((s) => [s.name, 0])),
		perSecond: Object.fromEntries(SERVERS.map((s) => [s.name, Array<number>(seconds).fill(0)])),
		markedDownAt: null,
	};
	let nextHeartbeat = 0;
	for (let now = exponential(random, 1000 / RATE); now < DURATION;) {
		// Heartbeats and the balancer's check, at every tick that has passed.
		while (nextHeartbeat <= now) {
			for (const b of backends) {
				if (b.alive) b.lastHeartbeat = nextHeartbeat;
				if (b.inRotation && nextHeartbeat - b.lastHeartbeat >= DEAD_AFTER) {
					b.inRotation = false;
					result.markedDownAt = nextHeartbeat;
				}
			}
			nextHeartbeat += HEARTBEAT_EVERY;
		}
		const victim = backends.find((b) => b.name === KILL.server)!;
		if (victim.alive && now >= KILL.at) victim.alive = false;

		// One request arrives from a client (some clients are far busier than others).
		const ip = ips[Math.floor(CLIENTS * random() ** 2)]!;
		const work = random();
		const backend = pick(
			backends.filter((b) => b.inRotation),
			ip,
			now,
		);
		result.perSecond[backend.name]![Math.floor(now / 1000)]!++;
		if (!backend.alive) {
			result.failed++; // connection refused: the balancer still thought it was up
		} else {
			const slot = backend.slotFreeAt.indexOf(Math.min(...backend.slotFreeAt));
			const start = Math.max(now, backend.slotFreeAt[slot]!);
			const end = start - backend.meanServiceMs * Math.log(1 - work);
			backend.slotFreeAt[slot] = end;
			backend.finishing.push(end);
			result.latencies.push(end - now); // waiting in the queue + being served
			result.served[backend.name]!++;
		}
		now += exponential(random, 1000 / RATE);
	}
	result.latencies.sort((a, b) => a - b);
	return result;
}

export const results = ALGORITHMS.map(simulate);
console.log(
	`${SERVERS.length} servers, ${RATE} requests/s for ${DURATION / 1000} s; ${KILL.server} dies at ${KILL.at} ms`,
);
console.table(
	results.map((r) => ({
		algorithm: r.algorithm,
		served: r.latencies.length,
		failed: r.failed,
		'p50 ms': Math.round(percentile(r.latencies, 50)),
		'p95 ms': Math.round(percentile(r.latencies, 95)),
		'p99 ms': Math.round(percentile(r.latencies, 99)),
		...r.served,
	})),
);
const detected = results[0]!.markedDownAt;
if (detected !== null) {
	const lastBeat = Math.floor(KILL.at / HEARTBEAT_EVERY) * HEARTBEAT_EVERY;
	console.log(
		`Heartbeats: ${KILL.server} last reported at ${lastBeat} ms and was marked down at ${detected} ms (no heartbeat for ${DEAD_AFTER} ms)`,
	);
	console.log(
		`Requests sent to ${KILL.server} while it was dead but still in rotation: ${results.map((r) => `${r.algorithm} ${r.failed}`).join(', ')}`,
	);
}

// ---- On the page (drawn by demo-kit/charts): latency per algorithm, and where requests went ----
barChart({
	title: 'Latency per algorithm (ms)',
	legend: ['p50 (median)', 'p95'],
	unit: 'milliseconds',
	bars: results.map((r) => ({
		label: r.algorithm,
		value: Math.round(percentile(r.latencies, 50)),
		outline: Math.round(percentile(r.latencies, 95)),
	})),
});
const perServer = (r: Result) => ({
	title: `Requests per second sent to each server by ${r.algorithm}`,
	series: SERVERS.map(({ name }) => ({
		label: `server ${name}`,
		points: r.perSecond[name]!.map((n, second): [number, number] => [second + 0.5, n]),
	})),
	markers: [
		{ at: KILL.at / 1000, label: `${KILL.server} dies` }, // at Infinity (never): not drawn
		{ at: (r.markedDownAt ?? Infinity) / 1000, label: `${KILL.server} marked down` },
	],
});
choice('Show algorithm', ALGORITHMS, (i) => {
	const r = results[i]!;
	timeline.update(perServer(r));
	console.log(
		`${r.algorithm}: ${Object.entries(r.served)
			.map(([name, n]) => `${name} ${n}`)
			.join(', ')}; failed ${r.failed}`,
	);
});
// One small chart per server (same scales), so servers with equal traffic cannot hide each other.
const timeline = lineChart({
	...perServer(results[0]!),
	layout: 'panels',
	x: { label: 'seconds', domain: [0, DURATION / 1000] },
	y: {
		label: 'requests per second',
		max: max(results.flatMap((r) => Object.values(r.perSecond).flat())),
	},
});
