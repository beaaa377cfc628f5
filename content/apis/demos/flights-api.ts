// A read-only JSON API over the flights from the databases chapter. There is no server:
// app.request() sends a real Request through the app and returns the Response, like fetch().
import { Hono } from 'hono';

interface Flight {
	id: number;
	origin: string;
	destination: string;
	duration: number; // minutes
}

const flights: Flight[] = [
	{ id: 1, origin: 'New York', destination: 'London', duration: 415 },
	{ id: 2, origin: 'Shanghai', destination: 'Paris', duration: 760 },
	{ id: 3, origin: 'Istanbul', destination: 'Tokyo', duration: 700 },
];
const passengers = [
	{ id: 1, name: 'Alice', flightId: 1 },
	{ id: 2, name: 'Bob', flightId: 1 },
	{ id: 3, name: 'Charlie', flightId: 2 },
];

// Every error has the same shape, so a client needs only one code path for failures.
function apiError(code: string, message: string) {
	return { error: { code, message } };
}

const app = new Hono();

// The collection: a list inside an object, so fields such as `count` can sit beside it.
app.get('/api/flights', (c) => c.json({ data: flights, count: flights.length }));

// One item. {[0-9]+} makes the route match digits only, so /api/flights/abc falls through.
app.get('/api/flights/:id{[0-9]+}', (c) => {
	const id = Number(c.req.param('id'));
	const flight = flights.find((f) => f.id === id);
	if (!flight) return c.json(apiError('flight_not_found', `No flight has id ${id}.`), 404);
	// Nest the passengers, keeping only the fields a client needs (not flightId: it is implied).
	const onBoard = passengers
		.filter((p) => p.flightId === id)
		.map((p) => ({ id: p.id, name: p.name }));
	return c.json({ data: { ...flight, passengers: onBoard } });
});

// Without this, an unknown URL gets Hono's plain-text "404 Not Found", not JSON.
app.notFound((c) =>
	c.json(apiError('not_found', `No route matches ${c.req.method} ${c.req.path}.`), 404),
);

async function show(path: string): Promise<void> {
	const res = await app.request(path);
	console.log(`GET ${path} -> ${res.status}, Content-Type: ${res.headers.get('Content-Type')}`);
	console.log(JSON.stringify(await res.json(), null, 2));
}

await show('/api/flights');
await show('/api/flights/1');
await show('/api/flights/99');
await show('/api/flights/abc');
