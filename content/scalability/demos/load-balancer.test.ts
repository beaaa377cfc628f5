// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

type Demo = typeof import('./load-balancer');

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

async function run(): Promise<{ lines: string[]; demo: Demo }> {
	let demo: Demo | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./load-balancer');
	});
	return { lines, demo: demo! };
}

it('detects the dead server by missing heartbeats, three seconds after its last one', async () => {
	const { lines } = await run();
	expect(lines[0]).toBe('4 servers, 330 requests/s for 20 s; C dies at 10500 ms');
	expect(lines).toContain(
		'Heartbeats: C last reported at 10000 ms and was marked down at 13000 ms (no heartbeat for 3000 ms)',
	);
});

it('compares the algorithms fairly and shows which ones cope with unequal servers', async () => {
	const { demo } = await run();
	const byName = Object.fromEntries(demo.results.map((r) => [r.algorithm, r]));
	const p95 = (name: string) => demo.percentile(byName[name]!.latencies, 95);

	// Every algorithm saw exactly the same arrivals (same seed): served + failed is identical.
	const totals = demo.results.map((r) => r.latencies.length + r.failed);
	expect(new Set(totals).size).toBe(1);
	expect(totals[0]).toBe(6507);

	// Weighted and least connections keep the tail short; round robin overloads the slow servers.
	expect(p95('weighted round robin')).toBeLessThan(100);
	expect(p95('least connections')).toBeLessThan(100);
	expect(p95('round robin')).toBeGreaterThan(500);
	// IP hash follows clients, not load: busy clients pile onto one server.
	expect(p95('IP hash')).toBeGreaterThan(p95('round robin'));

	// Least connections "black-holes" traffic into the dead server: it fails instantly, so it
	// always has the fewest open connections until the heartbeat check removes it.
	const failed = demo.results.map((r) => r.failed);
	expect(byName['least connections']!.failed).toBe(Math.max(...failed));
	expect(byName['weighted round robin']!.failed).toBe(Math.min(...failed));
	// After detection nothing more reaches C: only its first 13 seconds carry traffic.
	for (const r of demo.results) expect(r.perSecond.C!.slice(13).every((n) => n === 0)).toBe(true);
});

it('draws the latency bars and redraws the timeline for the algorithm a button selects', async () => {
	const { demo } = await run();
	const [bars, timeline] = [...document.querySelectorAll('#output svg[role="img"]')];
	expect(bars!.querySelectorAll('rect.bar')).toHaveLength(4); // p50
	expect(bars!.querySelectorAll('rect.outline')).toHaveLength(4); // p95
	expect(bars!.getAttribute('aria-label')).toContain('round robin: p50 (median) ');
	expect(timeline!.querySelectorAll('path.series')).toHaveLength(4);
	expect(timeline!.querySelectorAll('line.marker')).toHaveLength(2); // dies, marked down

	// Round robin sends A, B and D the same traffic each second, give or take one request: one
	// panel per server keeps the lines apart (on one chart, three would coincide and show as one).
	const { A, B, D } = demo.results[0]!.perSecond;
	for (const other of [B!, D!]) expect(other.every((n, s) => Math.abs(n - A![s]!) <= 1)).toBe(true);
	const paths = [...timeline!.querySelectorAll('path.series')];
	expect(paths.map((p) => p.getAttribute('data-series'))).toEqual([
		'server A',
		'server B',
		'server C',
		'server D',
	]);
	expect(new Set(paths.map((p) => p.getAttribute('d'))).size).toBe(4);

	const buttons = [...document.querySelectorAll<HTMLButtonElement>('#output button')];
	expect(buttons.map((b) => b.textContent)).toEqual([
		'round robin',
		'least connections',
		'weighted round robin',
		'IP hash',
	]);
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	buttons[3]!.click();
	expect(buttons[3]!.getAttribute('aria-pressed')).toBe('true');
	expect(buttons[0]!.getAttribute('aria-pressed')).toBe('false');
	expect(timeline!.getAttribute('aria-label')).toMatch(
		/^Requests per second sent to each server by IP hash\. server A from \d+ to \d+; /,
	);
	expect(log).toHaveBeenLastCalledWith(
		expect.stringMatching(/^IP hash: A \d+, B \d+, C \d+, D \d+; failed 264$/),
	);
	log.mockRestore();
});
