// One primary takes every write; two read replicas replay its log asynchronously, a little late.
// Ana renames herself and is redirected to her profile, which is read from a replica: does she
// see her new name? Then 500 users do the same, under three ways of routing their reads.
import { range } from 'd3';
import { slider, timeline } from 'demo-kit/charts';

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

// ---- On the page (drawn by demo-kit/charts): Ana's write reaching each replica, and her read ----
const readAt = slider(
	'Read the profile after',
	{ min: 0, max: 600, step: 10, value: READ_AFTER_MS, unit: 'ms' },
	draw,
);
const chart = timeline({
	title: "Ana's rename reaching each replica, and a read of her profile",
	lanes: ['primary', ...REPLICAS.map((r) => r.name)],
	x: { label: 'ms after the write', domain: [0, 600], unit: 'ms' },
	kinds: {
		write: { label: 'the write, and each replica replaying it', colour: 0, shape: 'circle' },
		fresh: { label: 'read sees the new name', colour: 1, shape: 'square' },
		stale: { label: 'read sees the old name (stale)', colour: 2, shape: 'square', hollow: true },
	},
	links: REPLICAS.map((r, i) => ({
		from: { lane: 'primary', at: 0 },
		to: { lane: r.name, at: rename.appliedAt[i]! },
	})),
	events: [],
});
draw();

function draw(): void {
	const seen = REPLICAS.map((_, i) => ana.read('ana', readAt.value, i)!);
	const stale = runUsers(readAt.value)[0]!['stale reads'];
	chart.update({
		events: [
			{ lane: 'primary', at: 0, kind: 'write', label: 'rename' },
			...REPLICAS.flatMap((r, i) => [
				{
					lane: r.name,
					at: rename.appliedAt[i]!,
					kind: 'write',
					label: `replayed at ${Math.round(rename.appliedAt[i]!)} ms`,
				},
				{
					lane: r.name,
					at: readAt.value,
					kind: seen[i] === 'Ana Lima' ? 'fresh' : 'stale',
					label: `"${seen[i]}"${seen[i] === 'Ana Lima' ? '' : ' (stale)'}`,
				},
			]),
		],
		note: `Reading any replica ${readAt.value} ms after writing: ${stale} of 500 users see their old data`,
	});
	console.log(
		`read at ${readAt.value} ms: ${REPLICAS.map((r, i) => `${r.name} "${seen[i]}"`).join(', ')}; ${stale}/500 stale`,
	);
}
