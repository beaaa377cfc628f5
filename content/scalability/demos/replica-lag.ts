// One primary takes every write; two read replicas replay its log asynchronously, a little late.
// Ana renames herself and is redirected to her profile, which is read from a replica: does she
// see her new name? Then 500 users do the same, under three ways of routing their reads.
import { axisBottom, range, scaleLinear, scalePoint, select } from 'd3';

const SEED = 2026;
const READ_AFTER_MS = 40; // the redirect: how soon after the write the profile is read
const STICKY_MS = 1_000; // strategy 2 reads from the primary this long after your own write
// Each replica's delay behind the primary: a base plus random jitter (ms).
const REPLICAS = [
	{ name: 'replica-1', base: 30, jitter: 60 },
	{ name: 'replica-2', base: 150, jitter: 300 },
];

function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Write {
	lsn: number; // log sequence number: the write's position in the primary's log
	user: string;
	value: string;
	committedAt: number;
	appliedAt: number[]; // when each replica has replayed it
}

/** The primary's log and the replicas' progress through it, on a simulated clock. */
class Cluster {
	log: Write[] = [];
	private random = prng(SEED);
	write(user: string, value: string, at: number): Write {
		const previous = this.log.at(-1);
		const appliedAt = REPLICAS.map((r, i) =>
			// A replica replays the log in order: never before the previous record.
			Math.max(previous?.appliedAt[i] ?? 0, at + r.base + r.jitter * this.random()),
		);
		const record = { lsn: this.log.length + 1, user, value, committedAt: at, appliedAt };
		this.log.push(record);
		return record;
	}
	/** The highest LSN replica i has replayed by time `at` (what pg_last_wal_replay_lsn() reports). */
	replayed(i: number, at: number): number {
		return this.log.filter((w) => w.appliedAt[i]! <= at).length;
	}
	/** Read a user's value as of time `at`: from the primary (i = -1) or replica i. */
	read(user: string, at: number, i: number): string | undefined {
		const visible = this.log.filter((w) => (i < 0 ? w.committedAt <= at : w.appliedAt[i]! <= at));
		return visible.findLast((w) => w.user === user)?.value;
	}
}

// ---- Ana's story ----
const ana = new Cluster();
ana.write('ana', 'Ana', -60_000); // her account, long replicated
const rename = ana.write('ana', 'Ana Lima', 0);
console.log(
	`t=0 ms: Ana saves her new name "Ana Lima" on the primary (LSN ${rename.lsn}). Replicas replay it at ${rename.appliedAt.map((t, i) => `${REPLICAS[i]!.name} ${Math.round(t)} ms`).join(', ')}.`,
);
REPLICAS.forEach((r, i) => {
	const seen = ana.read('ana', READ_AFTER_MS, i);
	console.log(
		`t=${READ_AFTER_MS} ms: profile read from ${r.name} shows "${seen}"${seen === 'Ana Lima' ? '' : '  ← stale: read-your-writes violated'}`,
	);
});

// ---- 500 users, three routing strategies ----
type Strategy = 'any replica' | 'primary after own write' | 'replica caught up to LSN';
export const STRATEGIES: Strategy[] = [
	'any replica',
	'primary after own write',
	'replica caught up to LSN',
];

export function runUsers(readAfterMs: number) {
	const cluster = new Cluster();
	const random = prng(SEED + 1);
	const users = range(500).map((i) => ({
		user: `user${i}`,
		writeAt: Math.round(random() * 60_000),
		replica: Math.floor(random() * REPLICAS.length), // the load balancer's pick for the read
	}));
	users.sort((a, b) => a.writeAt - b.writeAt);
	const lsnOf = new Map(users.map((u) => [u.user, cluster.write(u.user, 'new', u.writeAt).lsn]));
	return STRATEGIES.map((strategy) => {
		let [stale, fromPrimary] = [0, 0];
		for (const u of users) {
			const at = u.writeAt + readAfterMs;
			let source = u.replica;
			if (strategy === 'primary after own write' && readAfterMs < STICKY_MS) source = -1;
			if (strategy === 'replica caught up to LSN') {
				// The session remembers the LSN of its last write; only a replica that has replayed
				// that far may answer, otherwise the primary does.
				const ready = REPLICAS.map((_, i) => i).filter(
					(i) => cluster.replayed(i, at) >= lsnOf.get(u.user)!,
				);
				source = ready.includes(u.replica) ? u.replica : (ready[0] ?? -1);
			}
			if (source < 0) fromPrimary++;
			if (cluster.read(u.user, at, source) !== 'new') stale++;
		}
		return { strategy, 'stale reads': stale, 'reads on primary': fromPrimary };
	});
}

export const DELAYS = [READ_AFTER_MS, 150, 400];
export const runs = DELAYS.map(runUsers);
console.log(`500 users each write, then read their data ${DELAYS.join(', ')} ms later:`);
console.table(
	STRATEGIES.map((strategy, s) =>
		Object.fromEntries([
			['strategy', strategy],
			...DELAYS.flatMap((delay, d) => [
				[`${delay} ms: stale`, runs[d]![s]!['stale reads']],
				[`${delay} ms: on primary`, runs[d]![s]!['reads on primary']],
			]),
		]),
	),
);

// ---- The chart: Ana's write reaching each replica, and a read you can move ----
const output = typeof document === 'undefined' ? null : document.querySelector('#output');
if (output) {
	const stage = select(output);
	const slider = stage
		.append('p')
		.append('label')
		.text('Read the profile after (ms) ')
		.append('input')
		.attr('type', 'range')
		.attr('min', 0)
		.attr('max', 600)
		.attr('step', 10)
		.attr('value', READ_AFTER_MS);
	const svg = stage
		.append('svg')
		.attr('viewBox', '0 0 640 230')
		.attr('role', 'img')
		.attr('font-size', 12)
		.attr('fill', 'currentColor')
		.style('max-width', '100%');
	const x = scaleLinear().domain([0, 600]).range([100, 620]);
	const lanes = ['primary', ...REPLICAS.map((r) => r.name)];
	const y = scalePoint<string>().domain(lanes).range([40, 150]);

	const draw = (): void => {
		const readAt = Number(slider.property('value'));
		svg.selectAll('*').remove();
		svg.append('g').attr('transform', 'translate(0,170)').call(axisBottom(x).ticks(6));
		svg
			.append('text')
			.attr('x', 620)
			.attr('y', 200)
			.attr('text-anchor', 'end')
			.text('ms after the write');
		for (const lane of lanes) {
			svg
				.append('line')
				.attr('x1', 100)
				.attr('x2', 620)
				.attr('y1', y(lane)!)
				.attr('y2', y(lane)!)
				.attr('stroke', 'currentColor')
				.attr('stroke-opacity', 0.3);
			svg
				.append('text')
				.attr('x', 8)
				.attr('y', y(lane)! + 4)
				.text(lane);
		}
		// The write, and the moment each replica replays it.
		svg
			.append('circle')
			.attr('cx', x(0))
			.attr('cy', y('primary')!)
			.attr('r', 6)
			.attr('fill', '#6c8cff');
		rename.appliedAt.forEach((t, i) => {
			const lane = y(REPLICAS[i]!.name)!;
			svg
				.append('line')
				.attr('class', 'replication')
				.attr('x1', x(0))
				.attr('y1', y('primary')!)
				.attr('x2', x(Math.min(t, 600)))
				.attr('y2', lane)
				.attr('stroke', '#6c8cff')
				.attr('stroke-dasharray', '5 3');
			svg
				.append('circle')
				.attr('cx', x(Math.min(t, 600)))
				.attr('cy', lane)
				.attr('r', 5)
				.attr('fill', '#6c8cff');
		});
		// The read, on each replica: fresh (filled) or stale (hollow, with the old value).
		const results = REPLICAS.map((r, i) => ({ name: r.name, seen: ana.read('ana', readAt, i)! }));
		for (const { name, seen } of results) {
			const fresh = seen === 'Ana Lima';
			svg
				.append('rect')
				.attr('class', fresh ? 'read fresh' : 'read stale')
				.attr('x', x(readAt) - 6)
				.attr('y', y(name)! - 6)
				.attr('width', 12)
				.attr('height', 12)
				.attr('fill', fresh ? '#35b6a0' : 'none')
				.attr('stroke', fresh ? '#35b6a0' : '#e0925a')
				.attr('stroke-width', 2);
			svg
				.append('text')
				.attr('x', x(readAt) + (readAt > 420 ? -10 : 10))
				.attr('y', y(name)! - 8)
				.attr('text-anchor', readAt > 420 ? 'end' : 'start')
				.text(`"${seen}"${fresh ? '' : ' (stale)'}`);
		}
		const batch = runUsers(readAt)[0]!['stale reads'];
		svg
			.append('text')
			.attr('class', 'summary')
			.attr('x', 100)
			.attr('y', 222)
			.text(
				`Reading any replica ${readAt} ms after writing: ${batch} of 500 users see their old data`,
			);
		svg.attr(
			'aria-label',
			`Replication timeline; a read at ${readAt} ms: ${results.map((r) => `${r.name} "${r.seen}"`).join(', ')}`,
		);
		console.log(
			`read at ${readAt} ms: ${results.map((r) => `${r.name} "${r.seen}"`).join(', ')}; ${batch}/500 stale`,
		);
	};
	slider.on('input', draw);
	draw();
}
