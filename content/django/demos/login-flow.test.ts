import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('registers with a salted PBKDF2 hash, rejects bad logins, keeps a server-side session and ends it at logout', async () => {
	const lines = await runDemo(() => import('./login-flow'));
	const step = (start: string, nth = 0) => {
		const at = lines.map((l, i) => (l.startsWith(start) ? i : -1)).filter((i) => i >= 0)[nth];
		expect(at, `no line starting with ${start}`).toBeDefined();
		return { line: lines[at!]!, sessions: lines[at! + 1]! };
	};

	// Logged out: the login-required page redirects to the login form, remembering where to return.
	expect(step('GET /flights/mine').line).toBe(
		'GET /flights/mine -> 302 | Location: /login?next=/flights/mine | Set-Cookie: none',
	);

	// Registration stores Django's format with the full work factor, and hashing takes real time.
	expect(step('POST /register').line).toBe(
		'POST /register -> 303 | Location: /login | Set-Cookie: none',
	);
	expect(lines.filter((l) => /^ {2}server log: hashed in \d+ ms$/.test(l))).toHaveLength(2);
	expect(lines).toContain('Stored for ada: pbkdf2_sha256$600000$<24-char salt>$<44-char hash>');
	// A per-user random salt: the same password gives two different stored hashes.
	expect(lines).toContain('Same password, same stored hash for grace? false');

	// A wrong password and an unknown user get the same answer, and no session.
	for (const nth of [0, 1]) {
		const failed = step('POST /login', nth);
		expect(failed.line).toBe(
			'POST /login?next=/flights/mine -> 200 | Invalid username and/or password. | Set-Cookie: none',
		);
		expect(failed.sessions).toBe('  sessions stored on the server: 0');
	}

	// The right password: a random session id in an HttpOnly, SameSite=Lax cookie, stored server-side.
	const login = step('POST /login', 2);
	expect(login.line).toBe(
		'POST /login?next=/flights/mine -> 303 | Location: /flights/mine | Set-Cookie: sessionid=<36 chars>; Path=/; HttpOnly; SameSite=Lax',
	);
	expect(login.sessions).toBe('  sessions stored on the server: 1');
	expect(step('GET /flights/mine', 1).line).toBe(
		'GET /flights/mine -> 200 | Flights of ada: 1, 4 | Set-Cookie: none',
	);

	// Logout deletes the session on the server and clears the cookie...
	const logout = step('POST /logout');
	expect(logout.line).toBe(
		'POST /logout -> 303 | Location: /login | Set-Cookie: sessionid=; Max-Age=0; Path=/',
	);
	expect(logout.sessions).toBe('  sessions stored on the server: 0');
	// ...so replaying a copy of the old cookie no longer logs anyone in.
	expect(step('GET /flights/mine', 2).line).toBe(
		'GET /flights/mine -> 302 | Location: /login?next=/flights/mine | Set-Cookie: none',
	);
}, 90_000);
