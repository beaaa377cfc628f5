// The notes' whiteboard, rebuilt for d3 v7 and pointer events (mouse, pen and touch alike).
// Strokes are data: an array of { points, colour, width }. Drawing, undo and clear only change
// that array, and one data join (selection.join) makes the SVG match it.
import * as d3 from 'd3';

interface Stroke {
	points: [number, number][];
	colour: string;
	width: number;
}

const stage = d3.select('#output');
// Native inputs and buttons with labels: usable from the keyboard with no extra work.
const controls = stage.append('p').html(`
	<label>Colour <input type="color" value="#e0925a"></label>
	<label>Thickness <input type="range" min="1" max="20" value="4"></label>
	<button type="button">Undo last stroke</button> <button type="button">Clear</button>`);
const colour = controls.select<HTMLInputElement>('input[type="color"]');
const width = controls.select<HTMLInputElement>('input[type="range"]');
const [undo, clear] = controls.selectAll<HTMLButtonElement, unknown>('button').nodes();

const svg = stage
	.append('svg')
	.attr('viewBox', '0 0 600 300')
	.attr('role', 'img')
	.attr('aria-label', 'Whiteboard: draw with a mouse, pen or finger')
	.style('width', '100%')
	.style('border', '1px solid currentColor')
	.style('touch-action', 'none'); // a finger draws instead of scrolling the page

const line = d3.line(); // [x, y] points → an SVG path "d" string
const strokes: Stroke[] = [];
let drawing: Stroke | null = null;

/** The data join: one <path> per stroke, created, updated or removed to match the array. */
function render(): void {
	svg
		.selectAll('path')
		.data(strokes)
		.join('path')
		.attr('fill', 'none')
		.attr('stroke-linecap', 'round')
		.attr('stroke-linejoin', 'round')
		.attr('stroke', (d) => d.colour)
		.attr('stroke-width', (d) => d.width)
		.attr('d', (d) => line(d.points));
}

svg.on('pointerdown', (event: PointerEvent) => {
	drawing = {
		points: [d3.pointer(event)],
		colour: colour.property('value'),
		width: Number(width.property('value')),
	};
	strokes.push(drawing);
	render();
});
svg.on('pointermove', (event: PointerEvent) => {
	if (!drawing) return;
	drawing.points.push(d3.pointer(event)); // coordinates in the SVG's own viewBox units
	render();
});
svg.on('pointerup pointerleave pointercancel', () => {
	if (!drawing) return;
	console.log(
		`Stroke ${strokes.length}: ${drawing.points.length} points, ${drawing.colour}, width ${drawing.width} → strokes on the board: ${strokes.length}`,
	);
	drawing = null;
});

undo!.addEventListener('click', () => {
	strokes.pop();
	render(); // the join's exit removes the last <path>
	console.log(`Undo → strokes on the board: ${strokes.length}`);
});
clear!.addEventListener('click', () => {
	strokes.length = 0;
	render();
	console.log('Clear → strokes on the board: 0');
});

// A first stroke so there is something to undo: a wave, built as data.
strokes.push({
	points: d3.range(0, 601, 25).map((x) => [x, 150 + 60 * Math.sin(x / 60)] as [number, number]),
	colour: '#6c8cff',
	width: 3,
});
render();
console.log(`Example wave drawn: ${strokes[0]!.points.length} points → strokes on the board: 1`);
