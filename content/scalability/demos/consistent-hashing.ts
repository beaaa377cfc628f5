// Where do 10,000 passengers' rows live when the table is split over database shards? Two ways to
// map a shard key to a shard: `hash % N`, and a consistent-hash ring with virtual nodes. Then a
// fifth shard joins, and we count how many rows each scheme has to move. Last, a poor shard key.
import {
	axisBottom,
	bisector,
	max,
	min,
	range,
	scaleBand,
	scaleLinear,
	scaleOrdinal,
	select,
} from 'd3';

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

// ---- The chart: the ring, and rows per shard before and after db-e joins ----
const output = typeof document === 'undefined' ? null : document.querySelector('#output');
if (output) {
	const stage = select(output);
	const colour = scaleOrdinal<string>()
		.domain(grown)
		.range(['#6c8cff', '#35b6a0', '#e0925a', '#c678dd', '#d4b72c']);
	const controls = stage.append('p');
	const toggle = controls.append('button').attr('type', 'button').attr('aria-pressed', 'false');
	controls.append('span').text(' ');
	const points = controls
		.append('label')
		.text('Points per shard ')
		.append('input')
		.attr('type', 'range')
		.attr('min', 1)
		.attr('max', 200)
		.attr('value', VIRTUAL_NODES);
	const svg = stage
		.append('svg')
		.attr('viewBox', '0 0 640 280')
		.attr('role', 'img')
		.attr('font-size', 12)
		.attr('fill', 'currentColor')
		.style('max-width', '100%');
	let withNewShard = false;

	const draw = (): void => {
		const shards = withNewShard ? grown : SHARDS;
		const virtualNodes = Number(points.property('value'));
		const { points: onRing, lookup } = ring(shards, virtualNodes);
		const counts = count(lookup, shards);
		const movedNow = withNewShard ? moved(ring(SHARDS, virtualNodes).lookup, lookup) : 0;
		toggle.text(withNewShard ? `Remove ${NEW_SHARD}` : `Add ${NEW_SHARD}`);
		toggle.attr('aria-pressed', String(withNewShard));
		svg.selectAll('*').remove();
		svg.attr(
			'aria-label',
			`Hash ring with ${shards.length} shards and ${virtualNodes} points each, and rows per shard`,
		);
		// The ring: each tick is one virtual node, coloured by the shard that owns it.
		const [cx, cy, r] = [140, 140, 110];
		svg
			.append('circle')
			.attr('cx', cx)
			.attr('cy', cy)
			.attr('r', r)
			.attr('fill', 'none')
			.attr('stroke', 'currentColor')
			.attr('stroke-opacity', 0.4);
		for (const p of onRing) {
			const angle = (p.at / 2 ** 32) * 2 * Math.PI - Math.PI / 2;
			const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
			svg
				.append('line')
				.attr('class', 'vnode')
				.attr('data-shard', p.shard)
				.attr('x1', cx + (r - 10) * cos)
				.attr('y1', cy + (r - 10) * sin)
				.attr('x2', cx + (r + 10) * cos)
				.attr('y2', cy + (r + 10) * sin)
				.attr('stroke', colour(p.shard))
				.attr('stroke-width', 2);
		}
		svg
			.append('text')
			.attr('x', cx)
			.attr('y', cy + 4)
			.attr('text-anchor', 'middle')
			.text(`${onRing.length} points`);
		// The bars: rows per shard, against the ideal even share.
		const x = scaleLinear().domain([0, 5000]).range([340, 620]);
		const y = scaleBand<string>().domain(grown).range([30, 230]).padding(0.25);
		svg.append('g').attr('transform', 'translate(0,230)').call(axisBottom(x).ticks(4));
		svg.append('text').attr('x', 290).attr('y', 18).text('rows per shard');
		for (const shard of shards) {
			svg
				.append('rect')
				.attr('class', 'rows')
				.attr('data-shard', shard)
				.attr('x', 340)
				.attr('y', y(shard)!)
				.attr('width', x(counts[shard]!) - 340)
				.attr('height', y.bandwidth())
				.attr('fill', colour(shard));
			svg
				.append('text')
				.attr('x', 334)
				.attr('y', y(shard)! + y.bandwidth() / 2 + 4)
				.attr('text-anchor', 'end')
				.text(shard);
			svg
				.append('text')
				.attr('x', x(counts[shard]!) + 4)
				.attr('y', y(shard)! + y.bandwidth() / 2 + 4)
				.text(counts[shard]!);
		}
		const ideal = x(KEYS.length / shards.length);
		svg
			.append('line')
			.attr('x1', ideal)
			.attr('x2', ideal)
			.attr('y1', 26)
			.attr('y2', 230)
			.attr('stroke', 'currentColor')
			.attr('stroke-dasharray', '4 3');
		svg
			.append('text')
			.attr('x', 290)
			.attr('y', 270)
			.text(
				withNewShard
					? `${movedNow} rows (${percent(movedNow)}) moved to ${NEW_SHARD}; dashed line: an even share`
					: 'dashed line: an even share',
			);
		const spread = max(Object.values(counts))! - min(Object.values(counts))!;
		console.log(
			`${shards.length} shards, ${virtualNodes} points each: largest minus smallest shard = ${spread} rows${withNewShard ? `; ${movedNow} rows moved` : ''}`,
		);
	};
	toggle.on('click', () => {
		withNewShard = !withNewShard;
		draw();
	});
	points.on('input', draw);
	draw();
}
