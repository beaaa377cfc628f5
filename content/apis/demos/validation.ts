// POST /api/flights checks the body with a zod schema before anything is stored.
// Bad input gets 400 and a list of every problem; good input gets 201 and a Location header.
import { Hono } from 'hono';
import { z } from 'zod';

// A required string: a different message for "missing" and for "wrong type".
const text = () =>
	z
		.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
		.trim()
		.min(1, 'must not be empty');

const NewFlight = z.object(
	{
		origin: text(),
		destination: text(),
		duration: z
			.number({
				error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number'),
			})
			.int('must be a whole number of minutes')
			.positive('must be greater than 0'),
	},
	// Only for "not an object at all"; other object-level issues keep zod's own message.
	{
		error: (issue) =>
			issue.code === 'invalid_type' ? 'the body must be a JSON object' : undefined,
	},
);
type NewFlight = z.infer<typeof NewFlight>; // { origin: string; destination: string; duration: number }

const flights: (NewFlight & { id: number })[] = [
	{ id: 1, origin: 'New York', destination: 'London', duration: 415 },
];

const app = new Hono();

app.post('/api/flights', async (c) => {
	let body: unknown;
	try {
		body = await c.req.json();
	} catch {
		const error = { code: 'invalid_json', message: 'The request body is not valid JSON.' };
		return c.json({ error }, 400);
	}
	const result = NewFlight.safeParse(body);
	if (!result.success) {
		const details = result.error.issues.map((issue) => ({
			field: issue.path.join('.') || '(body)',
			message: issue.message,
		}));
		const error = { code: 'validation_failed', message: 'Some fields are invalid.', details };
		return c.json({ error }, 400);
	}
	// result.data has only the schema's keys: a client-sent "id" was stripped, not trusted.
	const flight = { id: flights.length + 1, ...result.data };
	flights.push(flight);
	return c.json({ data: flight }, 201, { Location: `/api/flights/${flight.id}` });
});

async function post(label: string, body: string): Promise<void> {
	const res = await app.request('/api/flights', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body,
	});
	const json = (await res.json()) as {
		error?: { code: string; details?: { field: string; message: string }[] };
	};
	const location = res.headers.get('Location');
	console.log(`${label}: ${res.status}${location ? `, Location: ${location}` : ''}`);
	if (json.error) console.log(`  ${json.error.code}`);
	for (const d of json.error?.details ?? []) console.log(`  - ${d.field}: ${d.message}`);
	if (!json.error) console.log(`  created ${JSON.stringify(json)}`);
}

await post('Missing field', '{"origin": "Paris", "duration": 120}');
await post('Wrong type', '{"origin": "Paris", "destination": "Rome", "duration": "135"}');
await post('Negative duration', '{"origin": "Paris", "destination": "Rome", "duration": -20}');
await post('Three problems', '{"origin": "  ", "duration": 1.5}');
await post('Malformed JSON', '{"origin": "Paris",}');
await post('Not an object', '[1, 2, 3]');
await post('Valid', '{"id": 999, "origin": "Paris", "destination": "Rome", "duration": 135}');
