import { describe, expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

describe('routes demo', () => {
	it('matches static and dynamic routes, and 404s a non-number id and an unknown path', async () => {
		const lines = await runDemo(() => import('./routes'));
		const line = (start: string) => lines.find((l) => l.startsWith(start));
		expect(line('GET / ->')).toBe('GET / -> 200 | <h1>Welcome to the airline</h1>');
		expect(line('GET /hello/ada ->')).toBe('GET /hello/ada -> 200 | Hello, ada!');
		expect(line('GET /flights/2 ->')).toBe(
			'GET /flights/2 -> 200 | {"id":2,"origin":"Shanghai","destination":"Paris"}',
		);
		// The route matched but there is no such flight: the handler's own 404.
		expect(line('GET /flights/99 ->')).toBe('GET /flights/99 -> 404 | No flight 99');
		// "abc" fails the [0-9]+ pattern, so no route matches and the custom notFound page answers.
		expect(line('GET /flights/abc ->')).toMatch(
			/^GET \/flights\/abc -> 404 \| <h1>Not found<\/h1>/,
		);
		expect(line('GET /timetable ->')).toMatch(/^GET \/timetable -> 404 \| <h1>Not found<\/h1>/);
		expect(line('GET /search?to=Paris ->')).toBe(
			'GET /search?to=Paris -> 200 | {"to":"Paris","count":1}',
		);
		// No POST route for the path: Hono answers with its notFound page (Flask would say 405).
		expect(line('POST /flights/2 ->')).toBe('POST /flights/2 -> 404 | <h1>Not found</h1>');
		expect(lines).toContain('Header added by the middleware: X-Served-By = routes-demo');
	});
});

describe('templates demo', () => {
	it('fills the layout blocks, loops, branches, and escapes the script', async () => {
		const lines = await runDemo(() => import('./templates'));
		// Each console.log is one entry; the whole rendered page is entry 1.
		expect(lines[0]).toBe('--- flights.html rendered with autoescape on (the default) ---');
		const [escaped, emptyCase, unsafe] = [lines[1]!, lines[3], lines[5]];
		// Inheritance: the child's title block replaced the layout's default "Airline".
		expect(escaped).toContain('<title>Flights to Paris</title>');
		expect(escaped).not.toContain('<title>Airline</title>');
		expect(escaped).toMatch(/^<!doctype html>/);
		// The loop, with loop.index and the upper filter.
		expect(escaped).toContain('<li>1. NEW YORK, 435 min</li>');
		expect(escaped).toContain('<li>2. SHANGHAI, 760 min</li>');
		// Autoescape: the visitor's script arrives as text.
		expect(escaped).toContain(
			'&lt;script&gt;alert(&quot;stolen &quot; + document.cookie)&lt;/script&gt;',
		);
		expect(escaped).not.toContain('<script>');
		// The {% else %} branch of the condition.
		expect(emptyCase).toBe('<p>No flights yet.</p>');
		// With autoescape off, the raw script tag goes to the browser.
		expect(lines[4]).toBe('--- autoescape OFF: the XSS hole ---');
		expect(unsafe).toBe(
			'<p>Latest review: <script>alert("stolen " + document.cookie)</script></p>',
		);
	});
});

describe('notes-session demo', () => {
	it('stores notes in a signed cookie, redirects with 303, and ignores a tampered cookie', async () => {
		const lines = await runDemo(() => import('./notes-session'));
		expect(lines[0]).toBe('GET / -> 200');
		expect(lines[1]).toBe('  page lists: ["No notes yet."]');

		const posts = lines.filter((l) => l.startsWith('POST /'));
		expect(posts).toEqual(['POST / -> 303 (Location: /)', 'POST / -> 303 (Location: /)']);

		const setCookies = lines.filter((l) => l.startsWith('  Set-Cookie: '));
		expect(setCookies).toHaveLength(2);
		for (const header of setCookies) {
			// value.signature, where the signature is a base64 HMAC-SHA256 (44 characters).
			expect(header).toMatch(
				/^ {2}Set-Cookie: session=[^;]+\.[A-Za-z0-9%]+%3D; Path=\/; HttpOnly; SameSite=Lax$/,
			);
		}

		// The browser sent the cookie back, so the server sees both notes.
		expect(lines).toContain('  page lists: ["Buy milk","Call Sam"]');
		// The cookie is readable (not encrypted) ...
		expect(lines.find((l) => l.startsWith('What the visitor can read: '))).toMatch(
			/^What the visitor can read: \{"notes":\["Buy milk","Call Sam"\]\}\.[A-Za-z0-9+/]{43}=$/,
		);
		// ... but after editing it, the signature no longer matches and the notes are not shown.
		const tampered = lines.findIndex((l) => l.startsWith('Tampered value sent back: '));
		expect(lines[tampered]).toContain('Buy 100 pizzas');
		expect(lines.slice(tampered + 1)).toEqual([
			'GET / -> 200',
			'  page lists: ["No notes yet."]',
			'  page says: Session cookie rejected: bad signature.',
		]);
		expect(lines.join('\n')).not.toContain('page lists: ["Buy 100 pizzas"');
	});
});
