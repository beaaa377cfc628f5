// The lecture's Django tests for airports and flights, rewritten for PostgreSQL (PGlite) and a
// Hono app. Isolation works the way Django's TestCase does it: the database is migrated ONCE,
// and every test runs inside a transaction that is rolled back when the test ends. One test
// deletes every flight, and the tests after it are not affected.
import { PGlite } from '@electric-sql/pglite';
import { assert } from 'chai';
import { Hono } from 'hono';

const MIGRATION = `
	CREATE TABLE airports (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		code text NOT NULL UNIQUE, city text NOT NULL);
	CREATE TABLE flights (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		origin_id integer NOT NULL REFERENCES airports (id),
		destination_id integer NOT NULL REFERENCES airports (id),
		duration integer NOT NULL);
`;

// Like `manage.py test`: one throw-away database, migrated before the first test.
const db = await PGlite.create();
await db.exec(MIGRATION);

/**
 * setUp: the lecture's fixtures, two airports and three flights (one of them invalid). The
 * flights refer to the airports by the ids the database just gave them: a rollback undoes rows
 * but not the id counters, so AAA is airport 1 in the first test and airport 3 in the second.
 */
async function setUp(db: PGlite): Promise<{ aaa: number; bbb: number }> {
	const { rows } = await db.query<{ id: number }>(
		"INSERT INTO airports (code, city) VALUES ('AAA', 'City A'), ('BBB', 'City B') RETURNING id",
	);
	const [aaa, bbb] = rows.map((row) => row.id) as [number, number];
	await db.query(
		`INSERT INTO flights (origin_id, destination_id, duration) VALUES
			($1, $2, 100), ($1, $1, 200), ($1, $2, -100)`,
		[aaa, bbb],
	);
	return { aaa, bbb };
}

// The model methods under test: Django's `airport.departures.count()` and `.arrivals.count()`.
async function departuresCount(db: PGlite, code: string): Promise<number> {
	const { rows } = await db.query<{ n: number }>(
		`SELECT count(*)::int AS n FROM flights JOIN airports a ON a.id = flights.origin_id
		 WHERE a.code = $1`,
		[code],
	);
	return rows[0]!.n;
}
async function arrivalsCount(db: PGlite, code: string): Promise<number> {
	const { rows } = await db.query<{ n: number }>(
		`SELECT count(*)::int AS n FROM flights JOIN airports a ON a.id = flights.destination_id
		 WHERE a.code = $1`,
		[code],
	);
	return rows[0]!.n;
}

/** The web app, built around whichever database it is given (so a test can pass its own). */
function createApp(db: PGlite): Hono {
	const app = new Hono();
	app.get('/', async (c) => {
		const { rows } = await db.query('SELECT id, duration FROM flights ORDER BY id');
		return c.json({ flights: rows });
	});
	app.get('/flights/:id', async (c) => {
		const { rows } = await db.query('SELECT * FROM flights WHERE id = $1', [
			Number(c.req.param('id')),
		]);
		return rows.length ? c.json(rows[0]) : c.json({ error: 'no such flight' }, 404);
	});
	return app;
}

const tests: Record<string, (db: PGlite) => Promise<void>> = {
	async test_cancel_all_flights(db) {
		await db.exec('DELETE FROM flights');
		assert.equal(await departuresCount(db, 'AAA'), 0);
	},
	async test_departures_count(db) {
		assert.equal(await departuresCount(db, 'AAA'), 3, 'departures from AAA');
	},
	async test_arrivals_count(db) {
		assert.equal(await arrivalsCount(db, 'AAA'), 1, 'arrivals at AAA');
	},
	async test_index(db) {
		// app.request() sends a Request straight to the app: no server, no port (Django's Client).
		const response = await createApp(db).request('/');
		assert.equal(response.status, 200);
		const body = (await response.json()) as { flights: unknown[] };
		assert.lengthOf(body.flights, 3, 'flights on the index page');
	},
	async test_invalid_flight_page(db) {
		const response = await createApp(db).request('/flights/999');
		assert.equal(response.status, 404);
	},
};

export const results: { test: string; 'AAA id': number | null; result: string }[] = [];
for (const [name, test] of Object.entries(tests)) {
	await db.exec('BEGIN'); // Django's TestCase opens a transaction around each test…
	let aaaId: number | null = null;
	try {
		aaaId = (await setUp(db)).aaa;
		await test(db);
		results.push({ test: name, 'AAA id': aaaId, result: 'PASS' });
	} catch (error) {
		results.push({ test: name, 'AAA id': aaaId, result: 'FAIL' });
		console.error(`FAIL ${name}: ${(error as Error).message}`);
	} finally {
		await db.exec('ROLLBACK'); // …and undoes setUp's rows and the test's changes after it
	}
}
console.table(results);
const failed = results.filter((r) => r.result === 'FAIL').length;
const { rows: left } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM airports');
console.log(`Ran ${results.length} tests on one database: ${failed} failed`);
console.log(`Airports left after the last rollback: ${left[0]!.n}`);
await db.close(); // the test runner destroys its database at the end
