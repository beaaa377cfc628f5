import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

/** The demo prints, per query, a header line (label, row count, SQL, params) and then its rows. */
async function queries() {
	const lines = await runDemo(() => import('./drizzle-queries'));
	const byLabel = new Map<string, { header: string; rows: string }>();
	for (let i = 0; i < lines.length; i += 2) {
		const header = lines[i]!;
		byLabel.set(header.slice(0, header.indexOf(' → ')), { header, rows: lines[i + 1]! });
	}
	return byLabel;
}

it('runs every query form from the notes in Drizzle, printing its SQL, params and rows', async () => {
	const q = await queries();
	expect([...q.keys()]).toEqual([
		'all',
		'eq (filter_by origin = Paris)',
		'first (limit 1)',
		'count',
		'get by primary key 3',
		'order by origin asc',
		'order by origin desc',
		'ne (origin != Paris)',
		"like '%a%' (case-sensitive)",
		"ilike 'paris' (any case)",
		'inArray (in_ Tokyo, Paris)',
		'and (Paris and long)',
		'or (Paris or long)',
		'innerJoin (passengers with flights)',
		'update flight 6 (returning)',
	]);

	expect(q.get('all')!.header).toContain('7 row(s)');
	expect(q.get('eq (filter_by origin = Paris)')!.header).toContain(
		'where "flights"."origin" = $1\n  params: ["Paris"]',
	);
	expect(q.get('first (limit 1)')!.header).toContain('limit $2\n  params: ["Paris",1]');
	expect(q.get('first (limit 1)')!.rows).toBe(
		'[{id: 5, origin: "Paris", destination: "New York", duration: 510}]',
	);
	expect(q.get('count')!.header).toContain('select count(*) from "flights"');
	expect(q.get('count')!.rows).toBe('[{total: 2}]');
	expect(q.get('get by primary key 3')!.rows).toContain('origin: "Istanbul", destination: "Tokyo"');

	const origins = (label: string) =>
		[...q.get(label)!.rows.matchAll(/origin: "([^"]+)"/g)].map((m) => m[1]);
	expect(origins('order by origin asc')).toEqual([
		'Istanbul',
		'Lima',
		'New York',
		'New York',
		'Paris',
		'Paris',
		'Shanghai',
	]);
	expect(origins('order by origin desc')[0]).toBe('Shanghai');
	expect(q.get('order by origin desc')!.header).toContain('order by "flights"."origin" desc');

	expect(q.get('ne (origin != Paris)')!.header).toContain('"flights"."origin" <> $1');
	expect(origins('ne (origin != Paris)')).not.toContain('Paris');
	expect(q.get("like '%a%' (case-sensitive)")!.header).toMatch(/5 row\(s\)[\s\S]* like \$1/);
	expect(q.get("ilike 'paris' (any case)")!.header).toMatch(/2 row\(s\)[\s\S]* ilike \$1/);
	expect(q.get('inArray (in_ Tokyo, Paris)')!.header).toContain(
		'in ($1, $2)\n  params: ["Tokyo","Paris"]',
	);
	expect(q.get('and (Paris and long)')!.header).toContain('= $1 and "flights"."duration" > $2');
	expect(q.get('and (Paris and long)')!.header).toContain('1 row(s)');
	expect(q.get('or (Paris or long)')!.header).toContain('4 row(s)');

	expect(q.get('innerJoin (passengers with flights)')!.header).toContain(
		'inner join "flights" on "passengers"."flight_id" = "flights"."id"',
	);
	expect(q.get('innerJoin (passengers with flights)')!.rows).toContain(
		'{name: "Margaret", origin: "Lima", destination: "New York"}',
	);
	expect(q.get('update flight 6 (returning)')!.header).toContain(
		'update "flights" set "duration" = $1 where "flights"."id" = $2 returning',
	);
	expect(q.get('update flight 6 (returning)')!.rows).toBe(
		'[{id: 6, origin: "Lima", destination: "New York", duration: 280}]',
	);
}, 60_000);
