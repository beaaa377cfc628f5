// A notes app whose session lives in a signed cookie, like Flask's default session: the browser
// holds the data; the signature only stops anyone changing it without the secret.
// No page script may send a Cookie header or read Set-Cookie (the browser manages cookies), and
// this demo may be running in your browser, so its server and its pretend browser pass the very
// same cookie strings in X-Cookie and X-Set-Cookie headers instead.
import { Hono, type Context } from 'hono';
import { generateSignedCookie } from 'hono/cookie';
import { Environment } from 'nunjucks';

// DEMO VALUE ONLY. A real app reads its secret from the environment (process.env.SECRET_KEY).
const SECRET = 'demo-secret-do-not-use-in-a-real-app';
const bytes = (text: string) => new TextEncoder().encode(text);
const hmac = { name: 'HMAC', hash: 'SHA-256' };
const key = await crypto.subtle.importKey('raw', bytes(SECRET), hmac, false, ['verify']);

const page = `<form method="post" action="/"><input name="note" required><button>Add</button></form>
{% if rejected %}<p>Session cookie rejected: bad signature.</p>{% endif %}
<ul>{% for note in notes %}<li>{{ note }}</li>{% else %}<li>No notes yet.</li>{% endfor %}</ul>`;
const env = new Environment([], { autoescape: true });

/** The check getSignedCookie does: is the signature after the last "." the HMAC of the value? */
async function readSession(c: Context): Promise<{ notes: string[]; rejected: boolean }> {
	const cookie = c.req.header('X-Cookie')?.match(/(?:^|;\s*)session=([^;]*)/)?.[1];
	if (!cookie) return { notes: [], rejected: false }; // no cookie: a new visitor
	const signed = decodeURIComponent(cookie);
	const value = signed.slice(0, signed.lastIndexOf('.'));
	const signature = signed.slice(signed.lastIndexOf('.') + 1);
	let valid = false;
	try {
		const mac = Uint8Array.from(atob(signature), (ch) => ch.charCodeAt(0));
		valid = await crypto.subtle.verify('HMAC', key, mac, bytes(value));
	} catch {
		// not even base64: certainly not a signature this server made
	}
	if (!valid) return { notes: [], rejected: true }; // the data was changed after it was signed
	return { notes: (JSON.parse(value) as { notes: string[] }).notes, rejected: false };
}

const app = new Hono();

app.get('/', async (c) => c.html(env.renderString(page, await readSession(c))));

app.post('/', async (c) => {
	const form = await c.req.parseBody(); // reads application/x-www-form-urlencoded bodies
	const note = String(form.note ?? '').trim();
	if (!note) return c.text('A note cannot be empty', 400);
	const { notes } = await readSession(c);
	const value = JSON.stringify({ notes: [...notes, note] });
	// The exact header setSignedCookie would send: value, ".", base64 HMAC-SHA256, attributes.
	const setCookie = await generateSignedCookie('session', value, SECRET, {
		httpOnly: true,
		sameSite: 'Lax',
	});
	c.header('X-Set-Cookie', setCookie);
	return c.redirect('/', 303); // redirect after POST: a reload repeats the GET, not the POST
});

/** Plays the browser: sends a request with the cookie it holds, reports, returns the new cookie. */
async function visit(method: 'GET' | 'POST', cookie: string, note?: string): Promise<string> {
	const headers: Record<string, string> = { 'X-Cookie': cookie };
	if (note !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
	const body = note === undefined ? undefined : new URLSearchParams({ note }).toString();
	const res = await app.request('/', { method, headers, body });
	const html = await res.text();
	const location = res.headers.get('Location');
	console.log(`${method} / -> ${res.status}${location ? ` (Location: ${location})` : ''}`);
	if (method === 'GET') {
		const shown = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
		console.log(`  page lists: ${JSON.stringify(shown)}`);
	}
	if (html.includes('rejected'))
		console.log('  page says: Session cookie rejected: bad signature.');
	const setCookie = res.headers.get('X-Set-Cookie');
	if (!setCookie) return cookie;
	console.log(`  Set-Cookie: ${setCookie}`);
	return setCookie.split(';')[0]!; // a browser sends back only "name=value"
}

let cookie = await visit('GET', '');
cookie = await visit('POST', cookie, 'Buy milk');
cookie = await visit('POST', cookie, 'Call Sam');
await visit('GET', cookie);

// Anyone can read the cookie: it is only URL-encoded, not encrypted.
const value = decodeURIComponent(cookie.slice('session='.length));
console.log(`What the visitor can read: ${value}`);

// Now the visitor edits the data but cannot compute a matching signature.
const forged = value.replace('Buy milk', 'Buy 100 pizzas');
console.log(`Tampered value sent back: ${forged}`);
await visit('GET', `session=${encodeURIComponent(forged)}`);
