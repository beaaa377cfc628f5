// Booking a seat is two changes: add the passenger and take a seat from the flight. In a
// transaction they succeed or fail together. Drizzle ORM on real PostgreSQL (PGlite).
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';

const flights = pgTable('flights', {
	id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
	destination: text('destination').notNull(),
	seatsLeft: integer('seats_left').notNull(),
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
		destination text NOT NULL,
		seats_left integer NOT NULL CHECK (seats_left >= 0));  -- never a negative seat count
	CREATE TABLE passengers (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
		name text NOT NULL, flight_id integer NOT NULL REFERENCES flights (id));
	INSERT INTO flights (destination, seats_left) VALUES ('London', 0), ('Paris', 2);
	INSERT INTO passengers (name, flight_id) VALUES ('Ada', 1), ('Grace', 2);
`);
const db = drizzle({ client });

async function printState(when: string) {
	console.log(`${when}:`);
	console.table(await db.select().from(flights).orderBy(flights.id));
	console.table(await db.select().from(passengers).orderBy(passengers.id));
}

async function bookSeat(name: string, flightId: number) {
	await db.transaction(async (tx) => {
		// Use tx, not db, inside the callback: only tx runs statements inside this transaction.
		// (With PGlite, a db query here would even wait forever for the transaction to end.)
		const [passenger] = await tx.insert(passengers).values({ name, flightId }).returning();
		console.log(`  step 1 done: inserted passenger ${passenger!.id} (${name})`);
		await tx
			.update(flights)
			.set({ seatsLeft: sql`${flights.seatsLeft} - 1` })
			.where(eq(flights.id, flightId));
		console.log(`  step 2 done: one seat fewer on flight ${flightId}`);
	}); // the callback finished: COMMIT. It threw: ROLLBACK.
}

await printState('BEFORE');

console.log('Booking Linus on flight 1 (London, 0 seats left)…');
try {
	await bookSeat('Linus', 1);
} catch (error) {
	// Drizzle wraps the database error; the message from PostgreSQL is its cause.
	const cause = (error as Error).cause as Error | undefined;
	console.error(`  ROLLED BACK: ${(cause ?? (error as Error)).message}`);
}
await printState('AFTER the failed booking (nothing changed: Linus is not stored)');

console.log('Booking Linus on flight 2 (Paris, 2 seats left)…');
await bookSeat('Linus', 2);
await printState('AFTER the successful booking (both changes committed)');
