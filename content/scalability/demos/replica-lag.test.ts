// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

type Demo = typeof import('./replica-lag');

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

async function run(): Promise<{ lines: string[]; demo: Demo }> {
	let demo: Demo | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./replica-lag');
	});
	return { lines, demo: demo! };
}

it('shows Ana her old name when her profile is read from a lagging replica', async () => {
	const { lines } = await run();
	expect(lines[0]).toBe(
		't=0 ms: Ana saves her new name "Ana Lima" on the primary (LSN 2). Replicas replay it at replica-1 70 ms, replica-2 336 ms.',
	);
	expect(lines[1]).toBe(
		't=40 ms: profile read from replica-1 shows "Ana"  ← stale: read-your-writes violated',
	);
	expect(lines[2]).toBe(
		't=40 ms: profile read from replica-2 shows "Ana"  ← stale: read-your-writes violated',
	);
});

it('counts stale reads per routing strategy: only reading any replica breaks read-your-writes', async () => {
	const { demo } = await run();
	const [at40, at150, at400] = demo.runs;
	const row = (runs: typeof at40, name: string) => runs!.find((r) => r.strategy === name)!;
	// Reading any replica: stale for most users at first, fewer as replicas catch up.
	expect(row(at40, 'any replica')['stale reads']).toBe(470);
	expect(row(at150, 'any replica')['stale reads']).toBe(239);
	expect(row(at400, 'any replica')['stale reads']).toBe(55);
	for (const runs of demo.runs) {
		// Both fixes are never stale...
		expect(row(runs, 'primary after own write')['stale reads']).toBe(0);
		expect(row(runs, 'replica caught up to LSN')['stale reads']).toBe(0);
		// ...but pinning to the primary sends it every read, while the LSN check uses it only
		// when no replica has caught up.
		expect(row(runs, 'primary after own write')['reads on primary']).toBe(500);
	}
	expect(row(at40, 'replica caught up to LSN')['reads on primary']).toBe(443);
	expect(row(at150, 'replica caught up to LSN')['reads on primary']).toBe(0);
	// Wait long enough and every replica has caught up: eventual consistency.
	expect(demo.runUsers(600)[0]!['stale reads']).toBe(0);
});

it('moves the read along the timeline with the slider', async () => {
	await run();
	const svg = document.querySelector('#output svg[role="img"]')!;
	const reads = (kind: string) => svg.querySelectorAll(`.event[data-kind="${kind}"]`);
	expect(svg.querySelectorAll('line.link')).toHaveLength(2); // the write, replayed by each replica
	expect(reads('stale')).toHaveLength(2);
	const slider = document.querySelector<HTMLInputElement>('#output input[type="range"]')!;
	expect(slider.closest('label')?.textContent).toContain('Read the profile after');

	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	slider.value = '200'; // replica-1 has replayed the rename (70 ms), replica-2 not yet (336 ms)
	slider.dispatchEvent(new Event('input'));
	expect(reads('fresh')).toHaveLength(1);
	expect(reads('stale')).toHaveLength(1);
	expect(log).toHaveBeenLastCalledWith(
		expect.stringMatching(
			/^read at 200 ms: replica-1 "Ana Lima", replica-2 "Ana"; \d+\/500 stale$/,
		),
	);
	expect(svg.getAttribute('aria-label')).toContain(
		'replica-2 at 200 ms: read sees the old name (stale)',
	);
	slider.value = '400';
	slider.dispatchEvent(new Event('input'));
	expect(reads('fresh')).toHaveLength(2);
	expect(document.querySelector('#output .kit-note')?.textContent).toBe(
		'Reading any replica 400 ms after writing: 55 of 500 users see their old data',
	);
	log.mockRestore();
});
