import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('moves passengers with UPDATE … RETURNING and recounts them with LEFT JOIN + GROUP BY', async () => {
	const lines = await runDemo(() => import('./update-and-join'));
	expect(lines[0]).toContain('left join "passengers" on "passengers"."flight_id" = "flights"."id"');
	expect(lines[0]).toContain('group by "flights"."id"');

	const before = lines[lines.indexOf('BEFORE the update:') + 1]!;
	const after = lines[lines.indexOf('AFTER the update:') + 1]!;
	// An unbooked flight: count(*) still counts the LEFT JOIN's row of NULLs, count(id) does not.
	expect(before).toContain(
		'{id: 4, origin: "New York", destination: "Paris", count(*): 1, count(passengers.id): 0}',
	);
	expect(before).toContain(
		'{id: 1, origin: "New York", destination: "London", count(*): 2, count(passengers.id): 2}',
	);

	expect(lines).toContain('UPDATE moved 2 passenger(s) from flight 1 to flight 4:');
	expect(lines).toContain(
		'[{id: 1, name: "Ada", flightId: 4}, {id: 2, name: "Grace", flightId: 4}]',
	);

	expect(after).toContain(
		'{id: 1, origin: "New York", destination: "London", count(*): 1, count(passengers.id): 0}',
	);
	expect(after).toContain(
		'{id: 4, origin: "New York", destination: "Paris", count(*): 2, count(passengers.id): 2}',
	);
	expect(lines.at(-1)).toBe('Same UPDATE a second time: 0 row(s) changed');
}, 60_000);
