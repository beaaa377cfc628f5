import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('rolls back a booking that breaks the CHECK constraint midway, then commits a good one', async () => {
	const lines = await runDemo(() => import('./transaction-rollback'));
	const tablesAfter = (heading: string) => {
		const at = lines.findIndex((line) => line.startsWith(heading));
		expect(at).toBeGreaterThanOrEqual(0);
		return { flights: lines[at + 1]!, passengers: lines[at + 2]! };
	};
	const before = tablesAfter('BEFORE');
	const failed = tablesAfter('AFTER the failed booking');
	const booked = tablesAfter('AFTER the successful booking');

	// The first step really ran inside the transaction before the second one failed...
	expect(lines).toContain('  step 1 done: inserted passenger 3 (Linus)');
	expect(lines).toContain(
		'  ROLLED BACK: new row for relation "flights" violates check constraint "flights_seats_left_check"',
	);
	// ...and the rollback undid it: both tables are exactly as before.
	expect(failed).toEqual(before);
	expect(failed.passengers).not.toContain('Linus');

	// The successful booking committed both changes; identity id 3 was used up by the rollback.
	expect(lines).toContain('  step 2 done: one seat fewer on flight 2');
	expect(booked.flights).toContain('{id: 2, destination: "Paris", seatsLeft: 1}');
	expect(booked.flights).toContain('{id: 1, destination: "London", seatsLeft: 0}');
	expect(booked.passengers).toContain('{id: 4, name: "Linus", flightId: 2}');
}, 60_000);
