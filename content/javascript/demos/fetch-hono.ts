// AJAX with fetch, but with NO network: a Hono app running in this page stands in for the
// server. fetchFromApp() below takes the same arguments as fetch(), builds a real Request, hands
// it to app.fetch() and returns the real Response the app answers with.
import { Hono } from 'hono';

const USD_RATES: Record<string, number> = { EUR: 0.92, GBP: 0.79, JPY: 157.25 };

const app = new Hono();

// GET /api/rates/EUR: one exchange rate as JSON.
app.get('/api/rates/:currency', (c) => {
	const currency = c.req.param('currency').toUpperCase();
	const rate = USD_RATES[currency];
	if (rate === undefined) return c.json({ error: `No rate for ${currency}` }, 404);
	return c.json({ base: 'USD', currency, rate });
});

// POST /api/convert with a JSON body such as {"amount": 250, "to": "GBP"}.
app.post('/api/convert', async (c) => {
	const { amount, to } = await c.req.json<{ amount: number; to: string }>();
	const rate = USD_RATES[to];
	if (rate === undefined) return c.json({ error: `No rate for ${to}` }, 404);
	return c.json({ from: 'USD', to, amount, result: Math.round(amount * rate * 100) / 100 });
});

// The stand-in for fetch. Any other host plays the part of a server that cannot be reached,
// where a real fetch rejects with a TypeError because no response arrived at all.
async function fetchFromApp(url: string, init?: RequestInit): Promise<Response> {
	if (new URL(url).host !== 'rates.example') throw new TypeError('Failed to fetch');
	return app.fetch(new Request(url, init));
}

async function show(label: string, response: Response): Promise<void> {
	console.log(label);
	console.log('  response.ok:', response.ok);
	console.log('  response.status:', response.status);
	console.log("  headers.get('content-type'):", response.headers.get('content-type'));
	console.log('  await response.json():', JSON.stringify(await response.json()));
}

console.log('No network is used: every request below is answered by the Hono app in this page.');

await show('GET /api/rates/EUR', await fetchFromApp('https://rates.example/api/rates/EUR'));

// A 404 is still a response, so the promise FULFILLS and the catch block never runs.
try {
	const response = await fetchFromApp('https://rates.example/api/rates/XYZ');
	await show('GET /api/rates/XYZ (fetch did not reject)', response);
	if (!response.ok) console.log(`  so check response.ok yourself: HTTP ${response.status}`);
} catch {
	console.log('never printed: fetch does not reject on a 404');
}

await show(
	'POST /api/convert',
	await fetchFromApp('https://rates.example/api/convert', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ amount: 250, to: 'GBP' }),
	}),
);

// A URL no route matches gets Hono's default 404, which is plain text, not JSON: calling
// response.json() on it would throw a SyntaxError. Check the content type before you parse.
const missing = await fetchFromApp('https://rates.example/api/ratez');
console.log('GET /api/ratez (a typo in the path)');
console.log('  response.status:', missing.status);
console.log("  headers.get('content-type'):", missing.headers.get('content-type'));
console.log('  await response.text():', JSON.stringify(await missing.text()));

// Only a failure to get ANY response makes the promise reject.
try {
	await fetchFromApp('https://unreachable.example/api/rates/EUR');
} catch (error) {
	console.log('Unreachable server: fetch rejected with', String(error));
}
