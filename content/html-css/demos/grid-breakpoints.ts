// Bootstrap's grid is mobile-first: col-md-6 means "6 of the row's 12 columns from the md
// breakpoint UP". Bootstrap itself is not loaded here; this demo applies Bootstrap 5.3's rule
// in TypeScript: at a given width, the class of the largest breakpoint ≤ that width wins.
export {};

const BREAKPOINTS = { xs: 0, sm: 576, md: 768, lg: 992, xl: 1200, xxl: 1400 }; // min-widths, px
const COLUMNS = ['col-12 col-md-6 col-lg-4', 'col-12 col-md-6 col-lg-4', 'col-md-12 col-lg-4'];
const WIDTHS = [375, 800, 1280]; // a phone, a tablet, a laptop
type Breakpoint = keyof typeof BREAKPOINTS;

/** The breakpoint this width falls in: the largest one whose min-width it reaches. */
function activeBreakpoint(width: number): Breakpoint {
	const reached = Object.entries(BREAKPOINTS).filter(([, min]) => min <= width);
	return reached.at(-1)![0] as Breakpoint;
}

/** Which col-* class applies at this width, and how many of the 12 columns it spans. */
function resolve(classes: string, width: number): { name: string; span: number } {
	// No class applies yet: Bootstrap's `.row > *` rule makes every child full width.
	let best = { name: '(none yet)', span: 12, min: -1 };
	for (const name of classes.split(' ')) {
		const match = /^col-(?:(sm|md|lg|xl|xxl)-)?(\d{1,2})$/.exec(name);
		if (!match) continue;
		const min = BREAKPOINTS[(match[1] ?? 'xs') as Breakpoint]; // col-6 has no infix: xs
		if (min <= width && min > best.min) best = { name, span: Number(match[2]), min };
	}
	return best;
}

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#6c8cff', '#35b6a0', '#e0925a'];
const SCALE = 600 / Math.max(...WIDTHS); // every frame drawn to the same scale
const svg = document.createElementNS(SVG, 'svg');
function add(name: string, attributes: Record<string, string | number>, text = ''): void {
	const node = svg.appendChild(document.createElementNS(SVG, name));
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	node.textContent = text;
}
const FRAME = { fill: 'none', stroke: 'currentColor', 'stroke-dasharray': 4 };
const tint = (colour: string) => ({ rx: 4, fill: colour, 'fill-opacity': 0.25, stroke: colour });
let top = 0;
add('title', {}, `The same row of ${COLUMNS.length} columns at ${WIDTHS.join(', ')} px`);

console.log('Bootstrap 5.3 breakpoints (min-width):', BREAKPOINTS);
for (const width of WIDTHS) {
	const breakpoint = activeBreakpoint(width);
	console.log(`At ${width} px the active breakpoint is ${breakpoint}:`);
	let [line, used] = [0, 0];
	const cells = COLUMNS.map((classes) => {
		const { name, span } = resolve(classes, width);
		console.log(`  ${classes} → ${name}: ${span} of 12 columns`);
		if (used + span > 12) [line, used] = [line + 1, 0]; // too wide for this line: wrap
		used += span;
		return { name, span, line, start: used - span };
	});
	console.log(`  the row wraps onto ${line + 1} line${line ? 's' : ''}`);

	// One frame per viewport width: the row's lines, each column drawn at its real share.
	const frame = width * SCALE;
	add('text', { x: 20, y: top + 16 }, `${width} px wide: ${breakpoint}`);
	add('rect', { x: 20, y: top + 24, width: frame, height: (line + 1) * 34 + 6, ...FRAME });
	cells.forEach((cell, i) => {
		const [x, y] = [20 + (cell.start / 12) * frame + 3, top + 30 + cell.line * 34];
		const size = { width: (cell.span / 12) * frame - 6, height: 28, 'data-span': cell.span };
		add('rect', { x, y, ...size, ...tint(COLOURS[i % COLOURS.length]!) });
		add('text', { x: x + 6, y: y + 19 }, `${cell.name} · ${cell.span}/12`);
	});
	top += (line + 1) * 34 + 50;
}

const root = { viewBox: `0 0 640 ${top - 18}`, width: 640, role: 'img', fill: 'currentColor' };
for (const [key, value] of Object.entries(root)) svg.setAttribute(key, String(value));
svg.setAttribute('font-size', '13');
svg.style.maxWidth = '100%';
svg.style.height = 'auto';
(document.getElementById('output') ?? document.body).append(svg);
