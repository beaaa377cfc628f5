import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('mounts the flights router under /flights, reverses names to URLs and refuses bad reversals', async () => {
	const lines = await runDemo(() => import('./named-routes'));
	// include(): the app's patterns are recorded with the prefix and the app_name namespace.
	expect(lines[0]).toBe(
		'Route table: {flights:index: "/flights", flights:flight: "/flights/:flight_id{[0-9]+}", flights:book: "/flights/:flight_id{[0-9]+}/book"}',
	);
	// reverse() fills the parameter, and refuses a missing one, a non-matching one and an unknown name.
	expect(lines).toContain('reverse("flights:flight", {"flight_id":2}) -> /flights/2');
	expect(lines).toContain(
		'reverse("flights:flight", {}) -> NoReverseMatch: "flights:flight" needs the parameter flight_id',
	);
	expect(lines).toContain(
		'reverse("flights:flight", {"flight_id":"abc"}) -> NoReverseMatch: flight_id="abc" does not match {[0-9]+}',
	);
	expect(lines).toContain(
		'reverse("flights:timetable", {}) -> NoReverseMatch: no route named "flights:timetable"',
	);
	// Requests through the mounted router: links in the pages were built with reverse().
	expect(lines).toContain('GET /flights -> 200 | Flights: /flights/1, /flights/2');
	expect(lines).toContain('GET /flights/2 -> 200 | Shanghai to Paris | back: /flights');
	// A 404 from the view (no such flight) and one from the router (abc fails [0-9]+).
	expect(lines).toContain('GET /flights/99 -> 404 | Flight not found');
	expect(lines).toContain('GET /flights/abc -> 404 | 404 Not Found');
	// The redirect after POST points at the URL reverse() built.
	expect(lines.at(-1)).toBe('POST /flights/2/book -> 303 | Location: /flights/2');
}, 30_000);
