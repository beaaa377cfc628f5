// Django's URLconf in Hono: an app's router mounted under a prefix (like include()), every route
// given a name, and a reverse() that builds URLs from names, so no template hard-codes a path.
import { Hono, type Handler } from 'hono';

const FLIGHTS = new Map([
	[1, 'New York to London'],
	[2, 'Shanghai to Paris'],
]);

// name → full pattern, e.g. "flights:flight" → "/flights/:flight_id{[0-9]+}"
const routeTable = new Map<string, string>();

/** An app's urls.py: a router plus the names of its patterns (Django: app_name + path(name=…)). */
function urlpatterns(appName: string) {
	const router = new Hono();
	const names = new Map<string, string>();
	const path = (method: 'get' | 'post', pattern: string, name: string, view: Handler) => {
		router[method](pattern, view);
		names.set(`${appName}:${name}`, pattern);
	};
	return { router, names, path };
}

/** Django's include(): mount the app's router under a prefix and record its full patterns. */
function include(app: Hono, prefix: string, urls: ReturnType<typeof urlpatterns>) {
	app.route(prefix, urls.router);
	for (const [name, pattern] of urls.names) {
		routeTable.set(name, pattern === '/' ? prefix : prefix + pattern);
	}
}

/** Django's reverse(): fill each :param (checking its {regex}) or throw, like NoReverseMatch. */
function reverse(name: string, params: Record<string, string | number> = {}): string {
	const pattern = routeTable.get(name);
	if (!pattern) throw new Error(`NoReverseMatch: no route named "${name}"`);
	return pattern.replace(/:(\w+)(?:\{([^}]+)\})?/g, (_match, key: string, regex?: string) => {
		if (!(key in params)) throw new Error(`NoReverseMatch: "${name}" needs the parameter ${key}`);
		const value = String(params[key]);
		if (regex && !new RegExp(`^(?:${regex})$`).test(value)) {
			throw new Error(`NoReverseMatch: ${key}="${value}" does not match {${regex}}`);
		}
		return encodeURIComponent(value);
	});
}

// flights/urls.py
const flights = urlpatterns('flights');
flights.path('get', '/', 'index', (c) => {
	const links = [...FLIGHTS.keys()].map((id) => reverse('flights:flight', { flight_id: id }));
	return c.text(`Flights: ${links.join(', ')}`);
});
flights.path('get', '/:flight_id{[0-9]+}', 'flight', (c) => {
	const title = FLIGHTS.get(Number(c.req.param('flight_id')));
	if (!title) return c.text('Flight not found', 404); // Django: raise Http404
	return c.text(`${title} | back: ${reverse('flights:index')}`);
});
flights.path('post', '/:flight_id{[0-9]+}/book', 'book', (c) =>
	// Redirect after POST, to a URL built from a name (Django: redirect("flights:flight", …)).
	c.redirect(reverse('flights:flight', { flight_id: Number(c.req.param('flight_id')) }), 303),
);

// The project's urls.py: try changing '/flights' to '/trips'.
const app = new Hono();
include(app, '/flights', flights);

console.log('Route table:', Object.fromEntries(routeTable));
for (const [name, params] of [
	['flights:flight', { flight_id: 2 }],
	['flights:flight', {}],
	['flights:flight', { flight_id: 'abc' }],
	['flights:timetable', {}],
] as const) {
	try {
		console.log(`reverse("${name}", ${JSON.stringify(params)}) -> ${reverse(name, params)}`);
	} catch (error) {
		console.log(`reverse("${name}", ${JSON.stringify(params)}) -> ${(error as Error).message}`);
	}
}

for (const [method, path] of [
	['GET', '/flights'],
	['GET', '/flights/2'],
	['GET', '/flights/99'],
	['GET', '/flights/abc'],
	['POST', '/flights/2/book'],
]) {
	const res = await app.request(path!, { method }); // no server: the Request goes straight in
	const location = res.headers.get('Location');
	const body = await res.text();
	console.log(`${method} ${path} -> ${res.status} | ${location ? `Location: ${location}` : body}`);
}
