// Nunjucks is a JavaScript port of Jinja: the same {% extends %}, {% block %}, {% for %} and
// {% if %}, and autoescaping on by default. Templates live in an object here instead of a
// templates/ folder, so the demo needs no file system and runs in the browser too.
import { Environment, type ILoader } from 'nunjucks';

const templates: Record<string, string> = {
	'layout.html': `<!doctype html>
<title>{% block title %}Airline{% endblock %}</title>
<main>{% block body %}{% endblock %}</main>`,

	'flights.html': `{% extends "layout.html" %}
{% block title %}Flights to {{ city }}{% endblock %}
{% block body %}
<h1>Flights to {{ city }}</h1>
{% if flights | length %}
<ul>
{% for f in flights %}  <li>{{ loop.index }}. {{ f.origin | upper }}, {{ f.minutes }} min</li>
{% endfor %}</ul>
{% else %}
<p>No flights yet.</p>
{% endif %}
<p>Latest review: {{ review }}</p>
{% endblock %}`,
};

// A loader is any object with getSource(name). Flask's loader reads templates/ instead.
const inMemory: ILoader = {
	getSource(name) {
		const src = templates[name];
		if (src === undefined) throw new Error(`Template not found: ${name}`);
		return { src, path: name, noCache: false };
	},
};

/** The first line of some HTML that starts with the given text. */
const lineOf = (html: string, start: string) => html.split('\n').find((l) => l.startsWith(start));

// trimBlocks removes the newline after a {% tag %}, as Jinja's trim_blocks option does.
const env = new Environment(inMemory, { autoescape: true, trimBlocks: true });

const context = {
	city: 'Paris',
	flights: [
		{ origin: 'New York', minutes: 435 },
		{ origin: 'Shanghai', minutes: 760 },
	],
	// Text a visitor typed into a form. The page must show it, never run it.
	review: '<script>alert("stolen " + document.cookie)</script>',
};

console.log('--- flights.html rendered with autoescape on (the default) ---');
console.log(env.render('flights.html', context));

console.log('--- the same template with no flights: the {% else %} branch ---');
console.log(lineOf(env.render('flights.html', { ...context, flights: [] }), '<p>No'));

// What the browser would receive if autoescaping were off (or if you wrote {{ review | safe }}).
const unsafeEnv = new Environment(inMemory, { autoescape: false, trimBlocks: true });
console.log('--- autoescape OFF: the XSS hole ---');
console.log(lineOf(unsafeEnv.render('flights.html', context), '<p>Latest review'));
console.log('A browser would run that <script>: it could read cookies and act as the visitor.');
