// Nine rules all set `color` on the same link. Which one wins? Among rules from the same
// stylesheet origin and layer, the most specific selector wins; on a tie, the one written last.
// The browser's own selector engine (element.matches) decides which rules match; this file
// computes each selector's specificity as (IDs, classes, types) and ranks the matches.
export {};

const html = `<nav id="main-nav"><a class="link active" href="/flights">Flights</a></nav>`;
const link = new DOMParser().parseFromString(html, 'text/html').querySelector('a')!;

const RULES: [selector: string, color: string][] = [
	['a', 'black'],
	['.link', 'blue'],
	['.active', 'brown'],
	['nav a', 'green'],
	['a.link.active', 'purple'],
	['#main-nav a', 'red'],
	['a:hover', 'pink'],
	[':where(#main-nav) a.active', 'orange'],
	[':is(#main-nav, nav) .link', 'teal'],
];

type Specificity = [ids: number, classes: number, types: number];
const compare = (x: Specificity, y: Specificity) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

function specificity(selector: string): Specificity {
	const total: Specificity = [0, 0, 0];
	const count = (pattern: RegExp, column: 0 | 1 | 2) => {
		selector = selector.replace(pattern, () => {
			total[column]++;
			return ' ';
		});
	};
	// :where(…) adds nothing; :is(…), :not(…) and :has(…) add their most specific argument.
	selector = selector.replace(/:(where|is|not|has)\(([^()]*)\)/g, (_, name, list: string) => {
		if (name === 'where') return ' ';
		const [ids, classes, types] = list.split(',').map(specificity).sort(compare).at(-1)!;
		total[0] += ids;
		total[1] += classes;
		total[2] += types;
		return ' ';
	});
	count(/\[[^\]]*\]/g, 1); // attribute selectors, e.g. [href]
	count(/:[\w-]+\([^()]*\)/g, 1); // other pseudo-classes with arguments, e.g. :nth-child(2n)
	count(/::[\w-]+/g, 2); // pseudo-elements, e.g. ::before
	count(/#[\w-]+/g, 0); // IDs
	count(/\.[\w-]+|:[\w-]+/g, 1); // classes and pseudo-classes, e.g. :hover
	count(/[a-z][\w-]*/gi, 2); // what is left are type selectors; * and combinators count 0
	return total;
}

const rows = RULES.map(([selector, color], order) => ({
	selector,
	color,
	order,
	specificity: specificity(selector),
	matches: link.matches(selector),
}));
console.table(
	rows.map(({ selector, specificity, matches, color }) => ({
		selector,
		specificity: `(${specificity.join(', ')})`,
		matches,
		color,
	})),
);

const ranked = rows
	.filter((row) => row.matches)
	.sort((x, y) => compare(x.specificity, y.specificity) || x.order - y.order);
console.log('Matching rules, weakest first:', ranked.map((row) => row.selector).join('  <  '));
const [winner, runnerUp] = [ranked.at(-1)!, ranked.at(-2)!];
const tie = compare(winner.specificity, runnerUp.specificity) === 0;
console.log(`Winner: ${winner.selector} { color: ${winner.color} }`);
console.log(
	tie
		? `It ties with ${runnerUp.selector} at (${winner.specificity.join(', ')}) but comes later.`
		: `Its (${winner.specificity.join(', ')}) beats the runner-up, ${runnerUp.selector}.`,
);
