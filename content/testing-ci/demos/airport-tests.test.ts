import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('runs each model and view test in a transaction that is rolled back, so deleting flights in one test does not leak', async () => {
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
	// Every test passes: departures of AAA is 3 although the first test deleted every flight.
	expect(results.every((r) => r.result === 'PASS')).toBe(true);
	// A rollback undoes rows but not the identity counter: each setUp's AAA gets a new id.
	expect(results.map((r) => r['AAA id'])).toEqual([1, 3, 5, 7, 9]);
	expect(lines).toContain('Ran 5 tests on one database: 0 failed');
	expect(lines).toContain('Airports left after the last rollback: 0');
	expect(lines.some((l) => l.startsWith('FAIL'))).toBe(false);
}, 60_000);

// The chapter's "Try this": replace the ROLLBACK with a COMMIT, and the tests stop being isolated.
it('without the rollback the second setUp collides with the rows the first test kept', async () => {
	const source = await readFile(new URL('./airport-tests.ts', import.meta.url), 'utf8');
	expect(source).toContain("await db.exec('ROLLBACK')");
	const dir = join(process.cwd(), 'node_modules/.cache/demo-variants');
	await mkdir(dir, { recursive: true });
	const variant = join(dir, 'airport-tests-commit.ts');
	await writeFile(variant, source.replace("await db.exec('ROLLBACK')", "await db.exec('COMMIT')"));
	let demo: typeof import('./airport-tests') | undefined;
	const lines = await runDemo(async () => {
		demo = (await import(pathToFileURL(variant).href)) as typeof import('./airport-tests');
	});
	expect(demo!.results.map((r) => r.result)).toEqual(['PASS', 'FAIL', 'FAIL', 'FAIL', 'FAIL']);
	expect(lines).toContain(
		'FAIL test_departures_count: duplicate key value violates unique constraint "airports_code_key"',
	);
	expect(lines).toContain('Airports left after the last rollback: 2');
}, 60_000);
