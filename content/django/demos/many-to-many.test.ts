import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('adds and removes links in the join table and queries it in both directions', async () => {
	const lines = await runDemo(() => import('./many-to-many'));
	expect(lines.slice(0, 6)).toEqual([
		'add passenger 1 to flight 1: 1 row(s) inserted',
		'add passenger 2 to flight 1: 1 row(s) inserted',
		'add passenger 1 to flight 2: 1 row(s) inserted',
		// The UNIQUE pair makes a repeated add a no-op, as Django's add() is.
		'add passenger 1 to flight 1: 0 row(s) inserted',
		'remove passenger 2 from flight 1: 1 row(s) deleted',
		'add passenger 3 to flight 1: 1 row(s) inserted',
	]);
	// One passenger, many flights; one flight, many passengers.
	expect(lines).toContain(
		'Ada\'s flights (passenger.flights.all()): [{origin: "New York", destination: "London"}, {origin: "Shanghai", destination: "Paris"}]',
	);
	expect(lines).toContain('On flight 1 (flight.passengers.all()): [{name: "Ada"}, {name: "Alan"}]');
	// The removed passenger is back in the "non-passengers" list.
	expect(lines).toContain(
		'Not on flight 1 (exclude(flights=flight)): [{name: "Grace"}, {name: "Katherine"}]',
	);
	expect(lines.find((l) => l.startsWith('The SQL for that: '))).toContain(
		'where "passengers"."id" not in (select "passenger_id" from "passenger_flights" where "passenger_flights"."flight_id" = $1)',
	);
	// The join table holds exactly the three remaining links.
	expect(lines.at(-1)).toBe(
		'[{passengerId: 1, flightId: 1}, {passengerId: 1, flightId: 2}, {passengerId: 3, flightId: 1}]',
	);
}, 90_000);
