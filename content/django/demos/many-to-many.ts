// Passengers <-> flights, many-to-many, in Drizzle ORM on real PostgreSQL (PGlite). Django makes
// this join table for you (as flights_passenger_flights) from a ManyToManyField; here you see it.
import { PGlite } from '@electric-sql/pglite';
import { and, eq, notInArray } from 'drizzle-orm';
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
});
// The join table: one row per (passenger, flight) pair. A unique index stops double bookings.
const passengerFlights = pgTable('passenger_flights', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	passengerId: integer('passenger_id').notNull(),
	flightId: integer('flight_id').notNull(),
});

const client = await PGlite.create();
await client.exec(`
	CREATE TABLE flights (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		origin text NOT NULL, destination text NOT NULL);
	CREATE TABLE passengers (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
	CREATE TABLE passenger_flights (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		passenger_id integer NOT NULL REFERENCES passengers (id) ON DELETE CASCADE,
		flight_id integer NOT NULL REFERENCES flights (id) ON DELETE CASCADE);
	CREATE UNIQUE INDEX one_row_per_pair ON passenger_flights (passenger_id, flight_id);
	INSERT INTO flights (origin, destination) VALUES ('New York', 'London'), ('Shanghai', 'Paris');
	INSERT INTO passengers (name) VALUES ('Ada'), ('Grace'), ('Alan'), ('Katherine');
`);
const db = drizzle({ client });

// Django: passenger.flights.add(flight). A second add of the same pair changes nothing.
async function add(passenger: number, flight: number) {
	const values = { passengerId: passenger, flightId: flight };
	const rows = await db.insert(passengerFlights).values(values).onConflictDoNothing().returning();
	console.log(`add passenger ${passenger} to flight ${flight}: ${rows.length} row(s) inserted`);
}
// Django: passenger.flights.remove(flight). Only the link goes; both rows stay.
async function remove(passenger: number, flight: number) {
	const link = and(
		eq(passengerFlights.passengerId, passenger),
		eq(passengerFlights.flightId, flight),
	);
	const rows = await db.delete(passengerFlights).where(link).returning();
	console.log(`remove passenger ${passenger} from flight ${flight}: ${rows.length} row(s) deleted`);
}
// Django: flight.passengers.all() and passenger.flights.all(): each a join through the table.
const passengersOn = (flight: number) =>
	db
		.select({ name: passengers.name })
		.from(passengerFlights)
		.innerJoin(passengers, eq(passengerFlights.passengerId, passengers.id))
		.where(eq(passengerFlights.flightId, flight));
const flightsOf = (passenger: number) =>
	db
		.select({ origin: flights.origin, destination: flights.destination })
		.from(passengerFlights)
		.innerJoin(flights, eq(passengerFlights.flightId, flights.id))
		.where(eq(passengerFlights.passengerId, passenger));
// Django: Passenger.objects.exclude(flights=flight), for the page's "add a passenger" menu.
const idsOn = (flight: number) =>
	db
		.select({ id: passengerFlights.passengerId })
		.from(passengerFlights)
		.where(eq(passengerFlights.flightId, flight));
const nonPassengers = (flight: number) =>
	db
		.select({ name: passengers.name })
		.from(passengers)
		.where(notInArray(passengers.id, idsOn(flight)))
		.orderBy(passengers.id);

await add(1, 1); // Ada on New York -> London
await add(2, 1); // Grace too
await add(1, 2); // Ada also on Shanghai -> Paris
await add(1, 1); // Ada again: already booked
await remove(2, 1); // Grace cancels
await add(3, 1); // Alan books

console.log("Ada's flights (passenger.flights.all()):", await flightsOf(1).orderBy(flights.id));
console.log('On flight 1 (flight.passengers.all()):', await passengersOn(1).orderBy(passengers.id));
console.log('Not on flight 1 (exclude(flights=flight)):', await nonPassengers(1));
console.log('The SQL for that:', nonPassengers(1).toSQL().sql);
const links = { passengerId: passengerFlights.passengerId, flightId: passengerFlights.flightId };
console.log('The join table now:');
console.table(await db.select(links).from(passengerFlights).orderBy(passengerFlights.id));
