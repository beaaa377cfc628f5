// Every query form from the course notes, written with Drizzle ORM and run against real
// PostgreSQL (PGlite). For each one you see the SQL Drizzle generates, then the rows it returns.
import { PGlite } from '@electric-sql/pglite';
import { and, asc, count, desc, eq, gt, ilike, inArray, like, ne, or } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';

// The notes' Flight and Passenger models, as a Drizzle schema.
const flights = pgTable('flights', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	origin: text('origin').notNull(),
	destination: text('destination').notNull(),
	duration: integer('duration').notNull(),
});
const passengers = pgTable('passengers', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	name: text('name').notNull(),
	flightId: integer('flight_id')
		.notNull()
		.references(() => flights.id),
});

// Drizzle does not create tables (drizzle-kit migrations do), so the demo runs the DDL itself.
const client = await PGlite.create();
await client.exec(`
	CREATE TABLE flights (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		origin text NOT NULL, destination text NOT NULL, duration integer NOT NULL);
	CREATE TABLE passengers (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		name text NOT NULL, flight_id integer NOT NULL REFERENCES flights (id));
`);
const db = drizzle({ client });

await db.insert(flights).values([
	{ origin: 'New York', destination: 'London', duration: 415 },
	{ origin: 'Shanghai', destination: 'Paris', duration: 760 },
	{ origin: 'Istanbul', destination: 'Tokyo', duration: 700 },
	{ origin: 'New York', destination: 'Paris', duration: 435 },
	{ origin: 'Paris', destination: 'New York', duration: 510 },
	{ origin: 'Lima', destination: 'New York', duration: 455 },
	{ origin: 'Paris', destination: 'Istanbul', duration: 215 },
]);
await db.insert(passengers).values([
	{ name: 'Ada', flightId: 1 },
	{ name: 'Grace', flightId: 1 },
	{ name: 'Linus', flightId: 2 },
	{ name: 'Margaret', flightId: 6 },
]);

// A Drizzle query is a builder: .toSQL() shows its SQL and parameters, await runs it.
type Query = PromiseLike<object[]> & { toSQL(): { sql: string; params: unknown[] } };
async function show(label: string, query: Query) {
	const { sql, params } = query.toSQL();
	const rows = await query;
	console.log(
		`${label} → ${rows.length} row(s)\n  SQL: ${sql}\n  params: ${JSON.stringify(params)}`,
	);
	console.table(rows);
}

// Conditions are values: build one once and reuse it in several queries.
const isParis = eq(flights.origin, 'Paris');
const isLong = gt(flights.duration, 500);
const route = { origin: flights.origin, destination: flights.destination };

await show('all', db.select().from(flights));
await show('eq (filter_by origin = Paris)', db.select().from(flights).where(isParis));
await show(
	'first (limit 1)',
	db.select().from(flights).where(isParis).orderBy(flights.id).limit(1),
);
await show('count', db.select({ total: count() }).from(flights).where(isParis));
await show('get by primary key 3', db.select().from(flights).where(eq(flights.id, 3)));
// flights.id breaks ties between equal origins, so the order is the same on every run.
await show(
	'order by origin asc',
	db.select(route).from(flights).orderBy(asc(flights.origin), flights.id),
);
await show(
	'order by origin desc',
	db.select(route).from(flights).orderBy(desc(flights.origin), flights.id),
);
await show(
	'ne (origin != Paris)',
	db.select(route).from(flights).where(ne(flights.origin, 'Paris')),
);
await show(
	"like '%a%' (case-sensitive)",
	db.select(route).from(flights).where(like(flights.origin, '%a%')),
);
await show(
	"ilike 'paris' (any case)",
	db.select(route).from(flights).where(ilike(flights.origin, 'paris')),
);
await show(
	'inArray (in_ Tokyo, Paris)',
	db
		.select(route)
		.from(flights)
		.where(inArray(flights.origin, ['Tokyo', 'Paris'])),
);
await show('and (Paris and long)', db.select().from(flights).where(and(isParis, isLong)));
await show('or (Paris or long)', db.select().from(flights).where(or(isParis, isLong)));
await show(
	'innerJoin (passengers with flights)',
	db
		.select({ name: passengers.name, ...route })
		.from(passengers)
		.innerJoin(flights, eq(passengers.flightId, flights.id))
		.orderBy(passengers.name),
);
await show(
	'update flight 6 (returning)',
	db.update(flights).set({ duration: 280 }).where(eq(flights.id, 6)).returning(),
);
