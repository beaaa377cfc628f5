import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('creates the flights schema in real Postgres, joins, and enforces the foreign key', async () => {
	const lines = await runDemo(() => import('./flights-sql'));
	expect(lines[0]).toMatch(/^Connected to PostgreSQL \d+\.\d+, running in this page$/);
	lines.shift();
	expect(lines[0]).toBe('Flights longer than 500 minutes, longest first:');
	expect(lines[1]).toBe(
		'[{origin: "Shanghai", destination: "Paris", duration: 760}, {origin: "Istanbul", destination: "Tokyo", duration: 700}]',
	);
	expect(lines[3]).toContain('{name: "Alice", origin: "New York", destination: "London"}');
	expect(lines[3]).toContain('{name: "Dave", origin: "New York", destination: "Paris"}');
	expect(lines[4]).toMatch(
		/^Rejected by the database: .*violates foreign key constraint "passengers_flight_id_fkey"/,
	);
	expect(lines[5]).toBe('Passengers stored: 4 (Eve was never added)');
}, 60_000);
