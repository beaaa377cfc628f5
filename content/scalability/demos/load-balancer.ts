// A load balancer in front of four servers, simulated on a fake clock with seeded randomness, so
// every run prints the same numbers. Servers A and B are twice as fast as C and D. At 10.5 s
// server C dies; the balancer only notices when C's heartbeats stop arriving.
import {
	axisBottom,
	axisLeft,
	line,
	max,
	range,
	scaleBand,
	scaleLinear,
	scaleOrdinal,
	select,
} from 'd3';

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

// ---- The charts: p50/p95 per algorithm, and where one algorithm sent each second's requests ----
const output = typeof document === 'undefined' ? null : document.querySelector('#output');
if (output) {
	const stage = select(output);
	const colour = scaleOrdinal<string>()
		.domain(SERVERS.map((s) => s.name))
		.range(['#6c8cff', '#35b6a0', '#e0925a', '#c678dd']);

	// Bars: p50 (solid) and p95 (outlined) for each algorithm.
	const bars = stage
		.append('svg')
		.attr('viewBox', '0 0 640 220')
		.attr('role', 'img')
		.attr('aria-label', 'Median and 95th percentile latency for each algorithm')
		.attr('font-size', 12)
		.attr('fill', 'currentColor')
		.style('max-width', '100%');
	const x = scaleBand<string>().domain(ALGORITHMS).range([60, 630]).padding(0.3);
	const maxP95 = max(results, (r) => percentile(r.latencies, 95))!;
	const y = scaleLinear().domain([0, maxP95]).nice().range([190, 20]);
	bars.append('g').attr('transform', 'translate(0,190)').call(axisBottom(x));
	bars.append('g').attr('transform', 'translate(60,0)').call(axisLeft(y).ticks(5));
	bars.append('text').attr('x', 4).attr('y', 12).text('latency (ms): p50 filled, p95 outline');
	for (const r of results) {
		const [p50, p95] = [percentile(r.latencies, 50), percentile(r.latencies, 95)];
		const left = x(r.algorithm)!;
		bars
			.append('rect')
			.attr('class', 'p95')
			.attr('x', left)
			.attr('width', x.bandwidth())
			.attr('y', y(p95))
			.attr('height', 190 - y(p95))
			.attr('fill', 'none')
			.attr('stroke', 'currentColor');
		bars
			.append('rect')
			.attr('class', 'p50')
			.attr('x', left + 6)
			.attr('width', x.bandwidth() - 12)
			.attr('y', y(p50))
			.attr('height', 190 - y(p50))
			.attr('fill', '#6c8cff');
		bars
			.append('text')
			.attr('x', left + x.bandwidth() / 2)
			.attr('y', y(p95) - 4)
			.attr('text-anchor', 'middle')
			.text(`${Math.round(p50)} / ${Math.round(p95)}`);
	}

	// Lines: requests per second reaching each server, for the algorithm chosen with a button.
	const picker = stage.append('p').attr('role', 'group').attr('aria-label', 'Show algorithm');
	const timeline = stage
		.append('svg')
		.attr('viewBox', '0 0 640 240')
		.attr('role', 'img')
		.attr('font-size', 12)
		.attr('fill', 'currentColor')
		.style('max-width', '100%');
	const seconds = range(Math.ceil(DURATION / 1000));
	const tx = scaleLinear().domain([0, seconds.length]).range([50, 560]);
	const ty = scaleLinear()
		.domain([0, max(results, (r) => max(Object.values(r.perSecond).flat()))!])
		.nice()
		.range([210, 20]);

	const draw = (r: Result): void => {
		timeline.selectAll('*').remove();
		timeline.attr('aria-label', `Requests per second sent to each server by ${r.algorithm}`);
		timeline.append('g').attr('transform', 'translate(0,210)').call(axisBottom(tx));
		timeline.append('g').attr('transform', 'translate(50,0)').call(axisLeft(ty).ticks(5));
		timeline
			.append('text')
			.attr('x', 4)
			.attr('y', 12)
			.text(`${r.algorithm}: requests/s per server`);
		timeline
			.append('text')
			.attr('x', 560)
			.attr('y', 236)
			.attr('text-anchor', 'end')
			.text('seconds');
		for (const [at, label] of [
			[KILL.at, `${KILL.server} dies`],
			[r.markedDownAt, `${KILL.server} marked down`],
		] as const) {
			if (at === null || !Number.isFinite(at)) continue;
			const lx = tx(at / 1000);
			timeline
				.append('line')
				.attr('class', 'event')
				.attr('x1', lx)
				.attr('x2', lx)
				.attr('y1', 20)
				.attr('y2', 210)
				.attr('stroke', 'currentColor')
				.attr('stroke-dasharray', '4 3');
			timeline
				.append('text')
				.attr('x', lx + 3)
				.attr('y', label.endsWith('dies') ? 30 : 44)
				.text(label);
		}
		const perSecondLine = line<number>((_, i) => tx(i + 0.5), ty);
		SERVERS.forEach(({ name }, i) => {
			timeline
				.append('path')
				.attr('class', 'server-line')
				.attr('data-server', name)
				.attr('fill', 'none')
				.attr('stroke', colour(name))
				.attr('stroke-width', 2)
				.attr('d', perSecondLine(r.perSecond[name]!));
			timeline
				.append('rect')
				.attr('x', 566)
				.attr('y', 31 + i * 18)
				.attr('width', 10)
				.attr('height', 10)
				.attr('fill', colour(name));
			timeline
				.append('text')
				.attr('x', 580)
				.attr('y', 40 + i * 18)
				.text(`server ${name}`);
		});
	};
	for (const r of results) {
		picker
			.append('button')
			.attr('type', 'button')
			.text(r.algorithm)
			.on('click', function () {
				picker.selectAll('button').attr('aria-pressed', 'false');
				select(this).attr('aria-pressed', 'true');
				draw(r);
				console.log(
					`${r.algorithm}: ${Object.entries(r.served)
						.map(([name, n]) => `${name} ${n}`)
						.join(', ')}; failed ${r.failed}`,
				);
			});
	}
	picker.select('button').attr('aria-pressed', 'true');
	draw(results[0]!);
}
