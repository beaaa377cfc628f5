// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

type Demo = typeof import('./autoscaler');

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

async function run(): Promise<{ lines: string[]; demo: Demo }> {
	let demo: Demo | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./autoscaler');
	});
	return { lines, demo: demo! };
}

it('builds a deterministic fortnight of traffic with a five-fold holiday spike', async () => {
	const { lines, demo } = await run();
	expect(demo.traffic).toHaveLength(14 * 288); // 5-minute steps
	expect(lines[0]).toBe(
		'Traffic: ordinary daily peak 313 req/s; the sale on day 10 peaks at 1563 req/s. One instance serves 100 req/s; target 60% utilisation; warm-up 10 min.',
	);
	const again = await run(); // same seed, same curve
	expect(again.demo.traffic).toEqual(demo.traffic);
});

it('shows the trade-off: fixed fleets either drop the spike or waste instances', async () => {
	const { demo } = await run();
	const [normal, peak, auto, scheduled] = demo.scores;
	expect(normal!['dropped %']).toBeGreaterThan(10); // sized for an ordinary day: the sale overwhelms it
	expect(peak!['dropped %']).toBe(0);
	expect(peak!['instance-hours']).toBe(9072); // 27 instances for 336 hours, mostly idle
	// The autoscaler costs a fraction of the peak fleet...
	expect(auto!['instance-hours']).toBeLessThan(peak!['instance-hours'] / 5);
	// ...but lags the sudden ramp while new instances warm up...
	expect(auto!['worst step dropped %']).toBeGreaterThan(30);
	// ...which a scheduled scale-up before the known event removes, for a few more hours.
	expect(scheduled!['worst step dropped %']).toBe(0);
	expect(scheduled!['instance-hours']).toBeGreaterThan(auto!['instance-hours']);
	expect(scheduled!['instance-hours']).toBeLessThan(auto!['instance-hours'] * 1.1);
});

it('longer warm-up makes the autoscaler drop more of the spike', async () => {
	const { demo } = await run();
	const dropped = (minutes: number) => {
		const plan = demo.plans(minutes)[2]!;
		return demo.traffic.reduce(
			(sum, rps, step) => sum + Math.max(0, rps - plan.ready[step]! * 100),
			0,
		);
	};
	expect(dropped(0)).toBeLessThan(dropped(10));
	expect(dropped(10)).toBeLessThan(dropped(30));
});

it('redraws the chart for the chosen strategy and warm-up', async () => {
	await run();
	const svg = document.querySelector('#output svg[role="img"]')!;
	expect(svg.querySelector('path.series[data-series="demand"]')).not.toBeNull();
	expect(
		svg.querySelector('path.series[data-series="capacity of ready instances"]'),
	).not.toBeNull();
	expect(svg.getAttribute('aria-label')).toMatch(
		/^Demand and serving capacity, days 8 to 12, for autoscaling with 10 minutes of warm-up\. demand from \d+ to 1563; /,
	);
	const group = document.querySelector('#output [role="group"]')!;
	const buttons = [...group.querySelectorAll('button')];
	const slider = document.querySelector<HTMLInputElement>('#output input[type="range"]')!;
	expect(group.textContent).toContain('Strategy');
	expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual([
		'false',
		'false',
		'true',
		'false',
	]);
	expect(slider.closest('label')?.textContent).toContain('Warm-up');

	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	buttons[1]!.click();
	expect(log).toHaveBeenLastCalledWith(
		'fixed for the sale, warm-up 10 min: 9072 instance-hours, 0% of requests dropped',
	);
	buttons[2]!.click();
	slider.value = '30';
	slider.dispatchEvent(new Event('input'));
	expect(svg.getAttribute('aria-label')).toContain('for autoscaling with 30 minutes of warm-up');
	expect(document.querySelector('#output .kit-note')?.textContent).toMatch(
		/instance-hours · [\d.]+% dropped/,
	);
	log.mockRestore();
});
