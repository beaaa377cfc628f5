// Where do 10,000 passengers' rows live when the table is split over database shards? Two ways to
// map a shard key to a shard: `hash % N`, and a consistent-hash ring with virtual nodes. Then a
// fifth shard joins, and we count how many rows each scheme has to move. Last, a poor shard key.
import { bisector, max, min, range } from 'd3';
import { barChart, ringChart, slider, toggle } from 'demo-kit/charts';

const KEYS = range(1, 10_001).map((id) => `passenger:${id}`);
const SHARDS = ['db-a', 'db-b', 'db-c', 'db-d'];
const NEW_SHARD = 'db-e';
const VIRTUAL_NODES = 100; // points on the ring per shard; try 1

/** FNV-1a, then a final mix (from MurmurHash3) so that similar strings land far apart. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0; // 0 … 2³² − 1
}

/** Modulo placement: simple and even, but the answer depends on how many shards there are. */
const moduloShard = (shards: string[]) => (key: string) => shards[hash(key) % shards.length]!;

/** A ring of 2³² positions. Each shard owns many points; a key belongs to the next point clockwise. */
export function ring(shards: string[], virtualNodes = VIRTUAL_NODES) {
	const points = shards
		.flatMap((shard) => range(virtualNodes).map((v) => ({ at: hash(`${shard}#${v}`), shard })))
		.sort((a, b) => a.at - b.at);
	const lookup = (key: string) => {
		const i = bisector((p: { at: number }) => p.at).left(points, hash(key));
		return points[i % points.length]!.shard; // past the last point: wrap round to the first
	};
	return { points, lookup };
}

function count(place: (key: string) => string, shards: string[]): Record<string, number> {
	const counts = Object.fromEntries(shards.map((s) => [s, 0]));
	for (const key of KEYS) counts[place(key)]!++;
	return counts;
}
function moved(before: (key: string) => string, after: (key: string) => string): number {
	return KEYS.filter((key) => before(key) !== after(key)).length;
}
const percent = (n: number) => `${((100 * n) / KEYS.length).toFixed(1)}%`;

const grown = [...SHARDS, NEW_SHARD];
export const results = {
	modulo: {
		before: count(moduloShard(SHARDS), SHARDS),
		after: count(moduloShard(grown), grown),
		moved: moved(moduloShard(SHARDS), moduloShard(grown)),
	},
	ring: {
		before: count(ring(SHARDS).lookup, SHARDS),
		after: count(ring(grown).lookup, grown),
		moved: moved(ring(SHARDS).lookup, ring(grown).lookup),
	},
	ringOnePoint: count(ring(SHARDS, 1).lookup, SHARDS),
};

console.log(`${KEYS.length} rows, shard key = passenger id, ${SHARDS.length} shards`);
console.table({
	'hash % 4': results.modulo.before,
	[`ring, ${VIRTUAL_NODES} points per shard`]: results.ring.before,
	'ring, 1 point per shard': results.ringOnePoint,
});
console.log(`Adding ${NEW_SHARD}:`);
console.table({
	'hash % 5': results.modulo.after,
	[`ring + ${NEW_SHARD}`]: results.ring.after,
});
console.log(
	`Rows that must move: hash % N ${results.modulo.moved} (${percent(results.modulo.moved)}), consistent hashing ${results.ring.moved} (${percent(results.ring.moved)}; the ideal is 1/5 = 20%)`,
);

// A shard key that looks fine but is not: the passenger's home airport. Most travellers of this
// airline live near its hub, so one shard gets most rows and most traffic: a hot spot.
const AIRPORTS = ['JFK', 'JFK', 'JFK', 'JFK', 'JFK', 'JFK', 'LHR', 'CDG', 'PEK', 'LAX'];
const airportOf = (key: string) => AIRPORTS[hash(`${key}/home`) % AIRPORTS.length]!;
const byAirport = ring(SHARDS).lookup;
export const hotSpot = count((key) => byAirport(airportOf(key)), SHARDS);
console.log('Shard key = home airport (six in ten passengers live near JFK):');
console.table(hotSpot);

// ---- On the page (drawn by demo-kit/charts): the ring, and rows per shard as db-e joins ----
const joined = toggle(`Add ${NEW_SHARD}`, draw);
const perShard = slider('Points per shard', { min: 1, max: 200, value: VIRTUAL_NODES }, draw);
const ringView = ringChart({ title: 'The hash ring', groups: [], points: [] });
const bars = barChart({ title: 'Rows per shard', bars: [], max: 5000, width: 300 });
draw();

function draw(): void {
	const shards = joined.on ? grown : SHARDS;
	const { points, lookup } = ring(shards, perShard.value);
	const counts = count(lookup, shards);
	const movedNow = joined.on ? moved(ring(SHARDS, perShard.value).lookup, lookup) : 0;
	ringView.update({
		title: `Hash ring: ${shards.length} shards × ${perShard.value} points`,
		groups: shards,
		points: points.map((p) => ({ at: p.at / 2 ** 32, group: p.shard })),
		centre: `${points.length} points`,
	});
	bars.update({
		bars: shards.map((shard, i) => ({ label: shard, value: counts[shard]!, colour: i })),
		reference: { value: KEYS.length / shards.length, label: 'even share' },
		note: joined.on ? `${movedNow} rows (${percent(movedNow)}) moved to ${NEW_SHARD}` : '',
	});
	const spread = max(Object.values(counts))! - min(Object.values(counts))!;
	console.log(
		`${shards.length} shards, ${perShard.value} points each: largest minus smallest shard = ${spread} rows${joined.on ? `; ${movedNow} rows moved` : ''}`,
	);
}
