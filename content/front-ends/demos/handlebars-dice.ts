// A dice roller rendered with Handlebars: a partial for one die, {{#each}} over the rolls, a
// helper for "1st/2nd/3rd", and a seeded random number generator so every run rolls the same.
import Handlebars from 'handlebars';

const SEED = 42; // change it for different rolls
const PLAYER = 'Ada';

// mulberry32, a small seeded generator: the same seed always gives the same sequence.
// Fine for games and tests, never for security (use crypto.getRandomValues for that).
let state = SEED >>> 0;
function random(): number {
	state = (state + 0x6d2b79f5) >>> 0;
	let t = Math.imul(state ^ (state >>> 15), state | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; // a number in [0, 1), like Math.random()
}
const rollDie = () => 1 + Math.floor(random() * 6);

// Our own Handlebars environment, so partials and helpers do not leak into other code.
const hbs = Handlebars.create();
const SUFFIX: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
hbs.registerHelper('ordinal', (n: number) => {
	const teen = n % 100 >= 11 && n % 100 <= 13; // 11th, 12th, 13th
	return `${n}${(!teen && SUFFIX[n % 10]) || 'th'}`;
});
hbs.registerHelper('add', (a: number, b: number) => a + b);
hbs.registerPartial(
	'die',
	'<li class="die">{{ordinal position}} roll: <strong>{{value}}</strong>{{#if six}} (a six!){{/if}}</li>',
);

const page = hbs.compile(`<h2>{{player}}'s rolls</h2>
<ol>
{{#each rolls}}  {{> die position=(add @index 1)}}
{{/each}}</ol>
<p>Total: {{total}}</p>`);

const rolls = Array.from({ length: 5 }, () => {
	const value = rollDie();
	return { value, six: value === 6 };
});
const total = rolls.reduce((sum, roll) => sum + roll.value, 0);
console.log(`Seed ${SEED} rolled:`, rolls.map((roll) => roll.value).join(', '), `(total ${total})`);

const html = page({ player: PLAYER, rolls, total });
console.log('Rendered HTML:\n' + html);
document.getElementById('output')?.insertAdjacentHTML('beforeend', html);

// Escaping: {{ }} turns <, >, &, quotes, backtick and = into entities; {{{ }}} inserts as is.
const nickname = '<script>alert("pwned")</script>';
const escaped = hbs.compile('<p>Player: {{name}}</p>')({ name: nickname });
const unescaped = hbs.compile('<p>Player: {{{name}}}</p>')({ name: nickname });
console.log('{{name}}   →', escaped);
console.log('{{{name}}} →', unescaped, '(printed only: never put this into the page)');
