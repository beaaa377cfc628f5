// Two middleware functions guard /api/*: an API-key check, then a token-bucket rate limiter.
// A fake clock replaces Date.now(), so time only moves when the demo says so.
import { Hono, type MiddlewareHandler } from 'hono';

let now = 0; // milliseconds since the demo started
const clock = () => now;

// The keys this server has issued. A real app keeps only a hash of each key, in its database.
const CLIENTS = [{ name: 'timetable-app', key: 'demo-key-not-a-real-secret' }];

// Constant time: hash both strings (so they have equal length), then compare every byte
// without stopping at the first difference, so the time taken reveals nothing.
async function sameSecret(a: string, b: string): Promise<boolean> {
	const hash = (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
	const [x, y] = (await Promise.all([hash(a), hash(b)])).map((d) => new Uint8Array(d));
	let difference = 0;
	for (let i = 0; i < x!.length; i++) difference |= x![i]! ^ y![i]!;
	return difference === 0;
}

const CAPACITY = 5; // the biggest burst a client may send
const REFILL_PER_SECOND = 0.5; // the long-run average rate: one request every 2 s

class TokenBucket {
	tokens = CAPACITY; // a new client starts with a full bucket
	last = clock();
	take(): { ok: true } | { ok: false; retryAfter: number } {
		const refill = ((clock() - this.last) / 1000) * REFILL_PER_SECOND;
		this.tokens = Math.min(CAPACITY, this.tokens + refill); // a full bucket overflows
		this.last = clock();
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return { ok: true };
		}
		return { ok: false, retryAfter: Math.ceil((1 - this.tokens) / REFILL_PER_SECOND) };
	}
}

type Env = { Variables: { client: string } };
const apiError = (code: string, message: string) => ({ error: { code, message } });
const challenge = { 'WWW-Authenticate': 'Bearer' }; // every 401 says which scheme to use

const requireApiKey: MiddlewareHandler<Env> = async (c, next) => {
	const key = c.req.header('Authorization')?.match(/^Bearer (.+)$/i)?.[1]; // scheme: any case
	if (!key) return c.json(apiError('missing_api_key', 'Send a Bearer key.'), 401, challenge);
	for (const client of CLIENTS) {
		if (await sameSecret(key, client.key)) {
			c.set('client', client.name); // later middleware and the handler can see who called
			return next();
		}
	}
	return c.json(apiError('invalid_api_key', 'That key is not valid.'), 401, challenge);
};

const buckets = new Map<string, TokenBucket>(); // one bucket per client, not one for everyone
const rateLimit: MiddlewareHandler<Env> = async (c, next) => {
	const client = c.get('client');
	if (!buckets.has(client)) buckets.set(client, new TokenBucket());
	const result = buckets.get(client)!.take();
	if (result.ok) return next();
	const wait = String(result.retryAfter);
	return c.json(apiError('rate_limited', `Retry in ${wait} s.`), 429, { 'Retry-After': wait });
};

const app = new Hono<Env>();
app.use('/api/*', requireApiKey, rateLimit); // order matters: identify first, then count
app.get('/api/flights', (c) => c.json({ data: [], client: c.get('client') }));

const results: object[] = [];
async function call(request: string, key?: string): Promise<void> {
	const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {};
	const res = await app.request('/api/flights', { headers });
	const { error } = (await res.json()) as { error?: { code: string } };
	const row = { time: `${now / 1000} s`, request, status: res.status };
	results.push({
		...row,
		'Retry-After': res.headers.get('Retry-After') ?? '-',
		error: error?.code ?? '-',
	});
}

const KEY = CLIENTS[0]!.key;
console.log(`Bucket: ${CAPACITY} tokens, refilled at ${REFILL_PER_SECOND} tokens per second`);
await call('no key');
await call('wrong key', 'guessed-key');
for (let i = 1; i <= 6; i++) await call(`valid key #${i}`, KEY);
now += 2000; // two seconds pass: exactly one token drips back in
await call('valid key #7', KEY);
await call('valid key #8', KEY);
console.table(results);
