// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

type Demo = typeof import('./consistent-hashing');

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

async function run(): Promise<{ lines: string[]; demo: Demo }> {
	let demo: Demo | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./consistent-hashing');
	});
	return { lines, demo: demo! };
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

it('spreads 10,000 rows evenly with hash % N and with a ring of virtual nodes, but not with one point per shard', async () => {
	const { demo } = await run();
	const { modulo, ring, ringOnePoint } = demo.results;
	for (const counts of [modulo.before, ring.before, ringOnePoint]) expect(sum(counts)).toBe(10_000);
	expect(modulo.before).toEqual({ 'db-a': 2558, 'db-b': 2424, 'db-c': 2569, 'db-d': 2449 });
	for (const n of Object.values(ring.before)) expect(n).toBeGreaterThan(2000);
	for (const n of Object.values(ring.before)) expect(n).toBeLessThan(3000);
	expect(Math.max(...Object.values(ringOnePoint))).toBeGreaterThan(7000); // one shard owns most of the ring
});

it('moves about 80% of rows under hash % N when a fifth shard joins, and about 20% on the ring', async () => {
	const { lines, demo } = await run();
	expect(lines).toContain(
		'Rows that must move: hash % N 7969 (79.7%), consistent hashing 2052 (20.5%; the ideal is 1/5 = 20%)',
	);
	// On the ring, the only rows that move are the ones the new shard takes over.
	expect(demo.results.ring.moved).toBe(demo.results.ring.after['db-e']);
	for (const shard of ['db-a', 'db-b', 'db-c', 'db-d'])
		expect(demo.results.ring.after[shard]).toBeLessThanOrEqual(demo.results.ring.before[shard]!);
	// Placement is deterministic: the same key always maps to the same shard.
	expect(demo.ring(['db-a', 'db-b']).lookup('passenger:1')).toBe(
		demo.ring(['db-a', 'db-b']).lookup('passenger:1'),
	);
});

it('shows the hot spot a low-cardinality, skewed shard key creates', async () => {
	const { demo } = await run();
	expect(demo.hotSpot).toEqual({ 'db-a': 2010, 'db-b': 0, 'db-c': 0, 'db-d': 7990 });
});

it('draws the ring and the bars, and adds or removes db-e on click', async () => {
	await run();
	const output = document.querySelector('#output')!;
	const [ringSvg, barsSvg] = [...output.querySelectorAll('svg[role="img"]')];
	expect(ringSvg!.querySelectorAll('line.point')).toHaveLength(400);
	expect(barsSvg!.querySelectorAll('rect.bar')).toHaveLength(4);
	// Four shards with 100 points each: every shard owns roughly a quarter of the ring.
	expect(ringSvg!.getAttribute('aria-label')).toMatch(/Share of the ring: db-a \d+(\.\d)?%, /);
	const button = document.querySelector<HTMLButtonElement>('#output button')!;
	expect(button.textContent).toBe('Add db-e');
	expect(button.getAttribute('aria-pressed')).toBe('false');

	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	button.click();
	expect(button.getAttribute('aria-pressed')).toBe('true');
	expect(ringSvg!.querySelectorAll('line.point')).toHaveLength(500);
	expect(barsSvg!.querySelectorAll('rect.bar')).toHaveLength(5);
	expect(log).toHaveBeenLastCalledWith(
		expect.stringMatching(
			/^5 shards, 100 points each: largest minus smallest shard = \d+ rows; 2052 rows moved$/,
		),
	);
	expect(barsSvg!.closest('figure')!.querySelector('.kit-note')?.textContent).toBe(
		'2052 rows (20.5%) moved to db-e',
	);

	const slider = document.querySelector<HTMLInputElement>('#output input[type="range"]')!;
	slider.value = '1';
	slider.dispatchEvent(new Event('input'));
	expect(ringSvg!.querySelectorAll('line.point')).toHaveLength(5);
	button.click(); // db-e leaves again
	expect(button.getAttribute('aria-pressed')).toBe('false');
	expect(barsSvg!.querySelectorAll('rect.bar')).toHaveLength(4);
	log.mockRestore();
});
