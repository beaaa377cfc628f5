import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('runs each model and view test on its own fresh database, so deleting flights in one test does not leak', async () => {
	let demo: typeof import('./airport-tests') | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./airport-tests');
	});
	const results = demo!.results;
	expect(results.map((r) => r.test)).toEqual([
		'test_cancel_all_flights',
		'test_departures_count',
		'test_arrivals_count',
		'test_index',
		'test_invalid_flight_page',
	]);
	expect(results.map((r) => r.database)).toEqual([1, 2, 3, 4, 5]);
	// Every test passes: departures of AAA is 3 although the first test deleted every flight.
	expect(results.every((r) => r.result === 'PASS')).toBe(true);
	expect(lines).toContain('Ran 5 tests on 5 fresh databases: 0 failed');
	expect(lines.some((l) => l.startsWith('FAIL'))).toBe(false);
}, 180_000);
