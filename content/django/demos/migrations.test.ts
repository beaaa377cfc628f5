import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('applies 0001 then 0002 in order, records them, skips them on a rerun and keeps the rows', async () => {
	const lines = await runDemo(() => import('./migrations'));
	const after = (heading: string) => lines[lines.indexOf(heading) + 1]!;

	// Release 1 applies only 0001; release 2 applies only the new 0002.
	expect(lines.slice(0, 2)).toEqual([
		'migrate (release 1):',
		'  Applying flights.0001_initial... OK',
	]);
	expect(lines[lines.indexOf('migrate (release 2):') + 1]).toBe(
		'  Applying flights.0002_flight_capacity... OK',
	);

	// The live schema changed: capacity appeared, NOT NULL with the default 100.
	expect(after('Columns of flights after 0001:')).not.toContain('capacity');
	expect(after('Columns of flights after 0002:')).toContain(
		'{column_name: "capacity", data_type: "integer", is_nullable: "NO", column_default: "100"}',
	);

	// The rows inserted before 0002 are still there, with the default filled in.
	expect(after('Rows kept, new column filled by the default:')).toBe(
		'[{id: 1, origin: "New York", destination: "London", duration: 415, capacity: 100}, {id: 2, origin: "Shanghai", destination: "Paris", duration: 760, capacity: 100}]',
	);

	// Idempotent: the second run finds every migration recorded.
	expect(after('migrate again (nothing new):')).toBe('  No migrations to apply.');

	// NOT NULL without a default fails on a table with rows; the transaction leaves no trace.
	expect(after('migrate (release 3, a broken migration):')).toBe(
		'  Applying flights.0003_flight_seats... FAILED: column "seats" of relation "flights" contains null values',
	);
	expect(lines).toContain('Column "seats" exists after the failure: false');
	expect(lines.at(-1)).toBe(
		'[{app: "flights", name: "0001_initial"}, {app: "flights", name: "0002_flight_capacity"}]',
	);
}, 90_000);
