// A Hono app: the TypeScript twin of a small Flask app with static and dynamic routes.
// app.request() sends a Request straight to the app, so no server or port is needed.
import { Hono } from 'hono';

const flights = new Map([
	[1, { origin: 'New York', destination: 'London' }],
	[2, { origin: 'Shanghai', destination: 'Paris' }],
]);

const app = new Hono();

// Middleware runs around every handler: here it adds a header after the handler has answered.
app.use(async (c, next) => {
	await next();
	c.header('X-Served-By', 'routes-demo');
});

// A static route: always the same path.
app.get('/', (c) => c.html('<h1>Welcome to the airline</h1>'));

// A dynamic segment: /hello/ada, /hello/grace… (Flask: @app.route("/hello/<name>"))
app.get('/hello/:name', (c) => c.text(`Hello, ${c.req.param('name')}!`));

// A segment with a pattern: only digits match (Flask: <int:flight_id>).
app.get('/flights/:id{[0-9]+}', (c) => {
	const id = Number(c.req.param('id'));
	const flight = flights.get(id);
	if (!flight) return c.text(`No flight ${id}`, 404); // the route matched, the data did not
	return c.json({ id, ...flight });
});

// A query string: /search?to=Paris (Flask: request.args.get("to"))
app.get('/search', (c) => {
	const to = c.req.query('to') ?? '';
	const found = [...flights.values()].filter((f) => f.destination === to);
	return c.json({ to, count: found.length });
});

// Any request no route matched ends up here (Flask: @app.errorhandler(404)).
// (It prints no part of the URL: echoing user input into HTML unescaped is how XSS starts.)
app.notFound((c) => c.html('<h1>Not found</h1><p>Try <a href="/">the home page</a>.</p>', 404));

// Register every route before the first request: Hono builds its router then, and adding a
// route afterwards throws an error.
const requests = [
	'/',
	'/hello/ada',
	'/flights/2',
	'/flights/99',
	'/flights/abc',
	'/search?to=Paris',
	'/timetable',
];

for (const path of requests) {
	const res = await app.request(path);
	const body = await res.text();
	console.log(`GET ${path} -> ${res.status} | ${body}`);
}

// Routes are per method: with no POST route for this path, a POST is unmatched too (Hono: 404;
// Flask would answer 405 Method Not Allowed, because the path itself exists).
const post = await app.request('/flights/2', { method: 'POST' });
console.log(`POST /flights/2 -> ${post.status} | ${(await post.text()).slice(0, 18)}`);
console.log(`Header added by the middleware: X-Served-By = ${post.headers.get('X-Served-By')}`);
