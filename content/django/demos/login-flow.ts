// What django.contrib.auth does for you, by hand in Hono: salted password hashes, a server-side
// session behind an HttpOnly cookie, a login-required page, and a logout that ends the session.
// Page scripts may not send Cookie or read Set-Cookie (the browser owns cookies) and this demo may
// run in your browser, so its pretend browser carries the same strings in X-Cookie/X-Set-Cookie.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { generateCookie } from 'hono/cookie';

const ITERATIONS = 600_000; // OWASP's figure for PBKDF2-HMAC-SHA256 (Django 5.2: 1,000,000)
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

async function pbkdf2(password: string, salt: Uint8Array, iterations: number) {
	const raw = new TextEncoder().encode(password);
	const key = await crypto.subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveBits']);
	const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
	return new Uint8Array(await crypto.subtle.deriveBits(params, key, 256));
}
async function hashPassword(password: string) {
	const salt = crypto.getRandomValues(new Uint8Array(16)); // a new random salt for every user
	const hash = await pbkdf2(password, salt, ITERATIONS);
	return `pbkdf2_sha256$${ITERATIONS}$${b64(salt)}$${b64(hash)}`; // Django's own format
}
function constantTimeEqual(a: Uint8Array, b: Uint8Array) {
	let diff = a.length ^ b.length; // look at every byte: the time taken reveals nothing
	for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a[i]! ^ b[i]!;
	return diff === 0;
}

const users = new Map<string, string>(); // username -> stored hash (Django: the auth_user table)
const sessions = new Map<string, string>(); // session id -> username (Django: django_session)

async function authenticate(username: string, password: string): Promise<string | null> {
	const stored = users.get(username);
	if (!stored) return (await hashPassword(password), null); // same work: no hint the name is unknown
	const [, iterations, salt, hash] = stored.split('$');
	const attempt = await pbkdf2(password, unb64(salt!), Number(iterations));
	return constantTimeEqual(attempt, unb64(hash!)) ? username : null;
}
const sessionId = (c: Context) => c.req.header('X-Cookie')?.match(/sessionid=([\w-]+)/)?.[1] ?? '';
const loginRequired: MiddlewareHandler = async (c, next) => {
	if (!sessions.has(sessionId(c))) return c.redirect(`/login?next=${c.req.path}`, 302);
	await next();
};

const app = new Hono();
app.post('/register', async (c) => {
	const { username, password } = await c.req.parseBody<{ username: string; password: string }>();
	const started = performance.now();
	users.set(username, await hashPassword(password));
	console.log(`  server log: hashed in ${Math.round(performance.now() - started)} ms`);
	return c.redirect('/login', 303);
});
app.post('/login', async (c) => {
	const { username, password } = await c.req.parseBody<{ username: string; password: string }>();
	const user = await authenticate(username, password);
	if (!user) return c.text('Invalid username and/or password.');
	sessions.delete(sessionId(c)); // a fresh id at login, as Django's login() does
	const id = crypto.randomUUID(); // 122 random bits from the operating system's secure generator
	sessions.set(id, user);
	const options = { path: '/', httpOnly: true, sameSite: 'Lax' } as const;
	c.header('X-Set-Cookie', generateCookie('sessionid', id, options));
	const next = c.req.query('next') ?? '/';
	return c.redirect(/^\/(?![/\\])/.test(next) ? next : '/', 303); // local paths only: no open redirect
});
app.get('/flights/mine', loginRequired, (c) =>
	c.text(`Flights of ${sessions.get(sessionId(c))}: 1, 4`),
);
app.post('/logout', (c) => {
	sessions.delete(sessionId(c)); // server-side: a copy of the old cookie is now worthless
	c.header('X-Set-Cookie', generateCookie('sessionid', '', { path: '/', maxAge: 0 }));
	return c.redirect('/login', 303);
});

let jar = ''; // the pretend browser's cookie: "sessionid=…" or nothing
async function visit(method: string, path: string, form?: Record<string, string>) {
	const body = form && new URLSearchParams(form); // sent as a form, like a browser would
	const res = await app.request(path, { method, headers: { 'X-Cookie': jar }, body });
	const location = res.headers.get('Location');
	const setCookie = res.headers.get('X-Set-Cookie');
	if (setCookie) jar = setCookie.startsWith('sessionid=;') ? '' : setCookie.split(';')[0]!;
	const cookie = setCookie?.replace(
		/^sessionid=[\w-]+/,
		(v) => `sessionid=<${v.length - 10} chars>`,
	);
	const result = location ? `Location: ${location}` : await res.text();
	console.log(`${method} ${path} -> ${res.status} | ${result} | Set-Cookie: ${cookie ?? 'none'}`);
	console.log(`  sessions stored on the server: ${sessions.size}`);
}

const ada = { username: 'ada', password: 'correct horse battery staple' };
await visit('GET', '/flights/mine');
await visit('POST', '/register', ada);
await visit('POST', '/register', { username: 'grace', password: ada.password });
const [algorithm, iterations, salt, hash] = users.get('ada')!.split('$');
console.log(
	`Stored for ada: ${algorithm}$${iterations}$<${salt!.length}-char salt>$<${hash!.length}-char hash>`,
);
console.log(
	`Same password, same stored hash for grace? ${users.get('ada') === users.get('grace')}`,
);
await visit('POST', '/login?next=/flights/mine', { ...ada, password: 'wrong' });
await visit('POST', '/login?next=/flights/mine', { ...ada, username: 'nobody' });
await visit('POST', '/login?next=/flights/mine', ada);
await visit('GET', '/flights/mine');
const copied = jar;
await visit('POST', '/logout');
jar = copied; // replay the old cookie after logout
await visit('GET', '/flights/mine');
