// PGlite is the real PostgreSQL, compiled to WebAssembly: every statement below is parsed,
// planned and executed by Postgres itself, in your browser tab.
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create();
const { rows: versionRows } = await db.query<{ version: string }>(
	"SELECT current_setting('server_version') AS version",
);
console.log(`Connected to PostgreSQL ${versionRows[0]!.version}, running in this page`);

await db.exec(`
	CREATE TABLE flights (
		id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		origin      text    NOT NULL,
		destination text    NOT NULL,
		duration    integer NOT NULL CHECK (duration > 0)
	);
	CREATE TABLE passengers (
		id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		name      text    NOT NULL,
		flight_id integer NOT NULL REFERENCES flights (id)
	);
	INSERT INTO flights (origin, destination, duration) VALUES
		('New York', 'London', 415),
		('Shanghai', 'Paris', 760),
		('Istanbul', 'Tokyo', 700),
		('New York', 'Paris', 435);
	INSERT INTO passengers (name, flight_id) VALUES
		('Alice', 1), ('Bob', 1), ('Charlie', 2), ('Dave', 4);
`);

const long = await db.query<{ origin: string; destination: string; duration: number }>(
	'SELECT origin, destination, duration FROM flights WHERE duration > $1 ORDER BY duration DESC',
	[500],
);
console.log('Flights longer than 500 minutes, longest first:');
console.table(long.rows);

const manifest = await db.query<{ name: string; origin: string; destination: string }>(`
	SELECT passengers.name, flights.origin, flights.destination
	FROM passengers
	INNER JOIN flights ON flights.id = passengers.flight_id
	ORDER BY passengers.name
`);
console.log('INNER JOIN: each passenger with their flight');
console.table(manifest.rows);

try {
	await db.query('INSERT INTO passengers (name, flight_id) VALUES ($1, $2)', ['Eve', 99]);
} catch (error) {
	console.error(`Rejected by the database: ${(error as Error).message}`);
}

const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM passengers');
console.log(`Passengers stored: ${rows[0]!.count} (Eve was never added)`);
