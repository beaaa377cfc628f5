// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('renders seeded rolls through a partial, {{#each}} and helpers, and escapes only {{ }}', async () => {
	document.body.innerHTML = '<main id="output"></main>';
	const lines = await runDemo(() => import('./handlebars-dice'));

	// Seed 42 always rolls the same five values, so the output is the same on every run.
	expect(lines[0]).toBe('Seed 42 rolled: 4, 3, 6, 5, 2 (total 20)');

	// {{#each}} rendered the partial once per roll; the helpers numbered them 1st…5th.
	const items = [...document.querySelectorAll('#output li.die')].map((li) => li.textContent);
	expect(items).toEqual([
		'1st roll: 4',
		'2nd roll: 3',
		'3rd roll: 6 (a six!)', // {{#if six}} inside the partial
		'4th roll: 5',
		'5th roll: 2',
	]);
	expect(document.querySelector('#output h2')?.textContent).toBe("Ada's rolls");
	expect(document.querySelector('#output p')?.textContent).toBe('Total: 20');

	// {{ }} escaped the nickname; {{{ }}} did not. Neither reached the page.
	const escaped = lines.find((line) => line.startsWith('{{name}}'))!;
	const raw = lines.find((line) => line.startsWith('{{{name}}}'))!;
	expect(escaped).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
	expect(escaped).not.toContain('<script>');
	expect(raw).toContain('<script>alert("pwned")</script>');
	expect(document.querySelectorAll('#output script')).toHaveLength(0);
});
