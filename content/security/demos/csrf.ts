// A forged cross-site POST, against a bank with no protection and then against the same bank
// behind Hono's csrf() middleware and a CSRF token. The "browser" is a small function below
// that does what a real one does: attach the site's cookie (unless SameSite forbids it) and
// set the Origin and Sec-Fetch-Site headers, which page scripts are not allowed to forge.
import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';

const BANK = 'https://bank.example';
type Session = { user: string; csrfToken: string };
// Alice logged in earlier. Real ids and tokens come from crypto.getRandomValues; these are fixed
// so the output is the same every run.
const sessions = new Map<string, Session>([
	['s3ss10n-alice', { user: 'alice', csrfToken: 'tok-4f9a1c' }],
]);
const balances = new Map([
	['alice', 1000],
	['mallory', 0],
]);

function bank(protect: 'none' | 'csrf()' | 'token') {
	const app = new Hono<{ Variables: { session: Session } }>();
	if (protect === 'csrf()') app.use(csrf({ origin: BANK })); // checks Sec-Fetch-Site / Origin
	const session: MiddlewareHandler<{ Variables: { session: Session } }> = async (c, next) => {
		const s = sessions.get(getCookie(c, 'sessionid') ?? '');
		if (!s) return c.text('Please log in', 401);
		c.set('session', s);
		await next();
	};
	app.post('/transfer', session, async (c) => {
		const s = c.get('session');
		const form = await c.req.parseBody<{ to: string; amount: string; csrf?: string }>();
		if (protect === 'token' && form.csrf !== s.csrfToken) return c.text('Bad CSRF token', 403);
		const amount = Number(form.amount);
		balances.set(s.user, balances.get(s.user)! - amount);
		balances.set(form.to, (balances.get(form.to) ?? 0) + amount);
		return c.text(`Sent ${amount} to ${form.to}`);
	});
	return app;
}

/** What the browser sends when a page on `from` submits a form to the bank. */
async function browserSubmits(
	app: ReturnType<typeof bank>,
	from: string,
	fields: Record<string, string>,
	sameSite: 'None' | 'Lax' = 'None',
) {
	const crossSite = new URL(from).origin !== BANK;
	const headers = new Headers({
		'Content-Type': 'application/x-www-form-urlencoded',
		Origin: new URL(from).origin,
		'Sec-Fetch-Site': crossSite ? 'cross-site' : 'same-origin',
	});
	// SameSite=Lax: the cookie is left off cross-site POSTs. SameSite=None: always sent.
	if (!crossSite || sameSite === 'None') headers.set('Cookie', 'sessionid=s3ss10n-alice');
	const request = new Request(`${BANK}/transfer`, {
		method: 'POST',
		body: new URLSearchParams(fields),
		headers,
	});
	// Scripts may not set Cookie, Origin or Sec-Fetch-* on a Request (the browser drops them), and
	// this demo may run in your browser: so it hands the server the header list it built itself.
	Object.defineProperty(request, 'headers', { value: headers });
	const response = await app.fetch(request);
	return `${response.status} ${await response.text()}`;
}

// The attacker's page on evil.example holds a hidden, self-submitting form:
//   <form action="https://bank.example/transfer" method="post">
//     <input name="to" value="mallory"><input name="amount" value="500"></form>
//   <script>document.forms[0].submit()</script>
const forged = { to: 'mallory', amount: '500' };
const evil = 'https://evil.example/cute-cats';

console.log('1. No protection, session cookie SameSite=None');
console.log(
	`  forged POST from evil.example → ${await browserSubmits(bank('none'), evil, forged)}`,
);
console.log(`  balances: alice ${balances.get('alice')}, mallory ${balances.get('mallory')}`);

console.log('2. No protection, but the cookie is SameSite=Lax');
console.log(`  forged POST → ${await browserSubmits(bank('none'), evil, forged, 'Lax')}`);

console.log("3. Hono's csrf() middleware (cookie SameSite=None)");
const guarded = bank('csrf()');
console.log(`  forged POST → ${await browserSubmits(guarded, evil, forged)}`);
console.log(
	`  the bank's own form → ${await browserSubmits(guarded, `${BANK}/pay`, { to: 'ben', amount: '20' })}`,
);

console.log('4. A CSRF token in the form (cookie SameSite=None)');
const tokened = bank('token');
console.log(`  forged POST, no token → ${await browserSubmits(tokened, evil, forged)}`);
console.log(
	`  forged POST, guessed token → ${await browserSubmits(tokened, evil, { ...forged, csrf: 'tok-000000' })}`,
);
const ownForm = { to: 'ben', amount: '20', csrf: 'tok-4f9a1c' }; // the page the bank rendered
console.log(`  the bank's own form → ${await browserSubmits(tokened, `${BANK}/pay`, ownForm)}`);
console.log(`  balances: alice ${balances.get('alice')}, mallory ${balances.get('mallory')}`);
