// UPDATE … RETURNING and a LEFT JOIN with GROUP BY, in Drizzle ORM on real PostgreSQL (PGlite).
// Flight 1 is cancelled, its passengers move to flight 4, and the counts show the change.
import { PGlite } from '@electric-sql/pglite';
import { count, eq } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';

const flights = pgTable('flights', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	origin: text('origin').notNull(),
	destination: text('destination').notNull(),
});
const passengers = pgTable('passengers', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	name: text('name').notNull(),
	flightId: integer('flight_id')
		.notNull()
		.references(() => flights.id),
});

const client = await PGlite.create();
await client.exec(`
	CREATE TABLE flights (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		origin text NOT NULL, destination text NOT NULL);
	CREATE TABLE passengers (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		name text NOT NULL, flight_id integer NOT NULL REFERENCES flights (id));
	INSERT INTO flights (origin, destination) VALUES
		('New York', 'London'), ('Shanghai', 'Paris'), ('Istanbul', 'Tokyo'), ('New York', 'Paris');
	INSERT INTO passengers (name, flight_id) VALUES
		('Ada', 1), ('Grace', 1), ('Linus', 2), ('Margaret', 2), ('Alan', 2);
`);
const db = drizzle({ client });

// Every flight with its number of passengers. LEFT JOIN keeps flights nobody has booked;
// count(*) counts rows, so it says 1 for them, while count(passengers.id) skips the NULL.
// Grouping by the primary key lets the query list the flight's other columns too.
const perFlight = () =>
	db
		.select({
			id: flights.id,
			origin: flights.origin,
			destination: flights.destination,
			'count(*)': count(),
			'count(passengers.id)': count(passengers.id),
		})
		.from(flights)
		.leftJoin(passengers, eq(passengers.flightId, flights.id))
		.groupBy(flights.id)
		.orderBy(flights.id);

console.log(`Passengers per flight\n  SQL: ${perFlight().toSQL().sql}`);
console.log('BEFORE the update:');
console.table(await perFlight());

// UPDATE … RETURNING: one statement changes the rows and reports exactly which ones.
const moved = await db
	.update(passengers)
	.set({ flightId: 4 })
	.where(eq(passengers.flightId, 1))
	.returning({ id: passengers.id, name: passengers.name, flightId: passengers.flightId });
console.log(`UPDATE moved ${moved.length} passenger(s) from flight 1 to flight 4:`);
console.table(moved);

console.log('AFTER the update:');
console.table(await perFlight());

// Running the same UPDATE again matches nothing: RETURNING gives back an empty list.
const again = await db
	.update(passengers)
	.set({ flightId: 4 })
	.where(eq(passengers.flightId, 1))
	.returning({ id: passengers.id });
console.log(`Same UPDATE a second time: ${again.length} row(s) changed`);
