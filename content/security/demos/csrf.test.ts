import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('csrf: a forged cross-site POST succeeds unprotected and is refused by SameSite, csrf() and a token', async () => {
	const lines = await runDemo(() => import('./csrf'));
	const after = (heading: string, offset: number) => lines[lines.indexOf(heading) + offset];

	expect(after('1. No protection, session cookie SameSite=None', 1)).toBe(
		'  forged POST from evil.example → 200 Sent 500 to mallory',
	);
	expect(after('1. No protection, session cookie SameSite=None', 2)).toBe(
		'  balances: alice 500, mallory 500',
	);
	// With SameSite=Lax the browser leaves the cookie off, so the forged request is anonymous.
	expect(after('2. No protection, but the cookie is SameSite=Lax', 1)).toBe(
		'  forged POST → 401 Please log in',
	);
	// hono/csrf sees Sec-Fetch-Site: cross-site and Origin: https://evil.example.
	expect(after("3. Hono's csrf() middleware (cookie SameSite=None)", 1)).toBe(
		'  forged POST → 403 Forbidden',
	);
	expect(after("3. Hono's csrf() middleware (cookie SameSite=None)", 2)).toBe(
		"  the bank's own form → 200 Sent 20 to ben",
	);
	expect(after('4. A CSRF token in the form (cookie SameSite=None)', 1)).toBe(
		'  forged POST, no token → 403 Bad CSRF token',
	);
	expect(after('4. A CSRF token in the form (cookie SameSite=None)', 2)).toBe(
		'  forged POST, guessed token → 403 Bad CSRF token',
	);
	expect(after('4. A CSRF token in the form (cookie SameSite=None)', 3)).toBe(
		"  the bank's own form → 200 Sent 20 to ben",
	);
	// Only the first, unprotected forgery moved money to mallory.
	expect(lines.at(-1)).toBe('  balances: alice 460, mallory 500');
});
