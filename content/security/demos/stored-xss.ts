// Stored XSS on a message board, rendered twice by the same template engine (Nunjucks, the
// JavaScript Jinja): once with `| safe` switching escaping off, once with autoescaping on.
// The "attack" here is harmless: its script only writes a warning line into this output.
import { Environment } from 'nunjucks';

// What the database holds after an attacker posted one message (the course notes' board).
const messages = [
	{ author: 'ana', contents: 'Landed in Paris, great flight!' },
	{
		author: 'mallory',
		contents:
			"Nice pics <img src=\"data:,\" onerror=\"this.closest('section').dataset.hacked = 'yes'; " +
			"this.replaceWith('⚠ SCRIPT RAN: code from mallory is running in your page, as you')\">",
	},
	{ author: 'ben', contents: 'Use <b> for bold? I typed 3 < 5 & 5 > 3.' },
];

const env = new Environment(null, { autoescape: true }); // Flask and Django escape by default too
const board = (filter: string) =>
	`<ul>{% for m in messages %}<li><b>{{ m.author }}</b>: {{ m.contents${filter} }}</li>{% endfor %}</ul>`;
const views = [
	{
		title: 'Escaping OFF ({{ m.contents | safe }})',
		html: env.renderString(board(' | safe'), { messages }),
	},
	{ title: 'Escaping ON ({{ m.contents }})', html: env.renderString(board(''), { messages }) },
];

const output = document.getElementById('output') ?? document.body;
const sections = views.map(({ title, html }) => {
	const section = document.createElement('section');
	section.style.cssText =
		'border:1px solid GrayText;border-radius:.4rem;padding:.5rem;margin:.5rem 0';
	section.innerHTML = `<h3 style="margin:0">${title}</h3>${html}`; // the HTML the server sent
	output.append(section);
	console.log(`${title}: the server sent\n  ${html.split('<li>')[2]!.replace('</li>', '')}`);
	return section;
});

// Count live elements that carry script, before the browser gets a chance to run any.
const armed = sections.map((s) => s.querySelectorAll('[onerror], [onload], script').length);
// Give the browser a moment to try the broken image and fire its error handler.
await new Promise((resolve) => setTimeout(resolve, 50));
for (const [i, section] of sections.entries()) {
	const ran = section.dataset.hacked === 'yes';
	console.log(
		`${views[i]!.title}: elements carrying a script: ${armed[i]}; injected script ran: ${ran ? 'YES' : 'no'}`,
	);
}
