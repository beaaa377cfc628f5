/**
 * Charts and controls for demos, drawn with d3 into the demo's output area (#output in the browser
 * sandbox, or a test's DOM). Demos import it as "demo-kit/charts", so the file a reader edits
 * shows the simulation and a few calls here, not SVG plumbing. In plain Node (no document) every
 * helper draws nothing, and a chart's update() does nothing.
 *
 *   charts:   barChart   horizontal bars, an optional outlined second value, a reference line
 *             lineChart  series over x, overlaid or one panel each; vertical markers
 *             timeline   events on named lanes, with shaded spans and links between events
 *             ringChart  points on a circle, one band per group (a consistent-hash ring)
 *   controls: choice (one of several buttons, aria-pressed), toggle, button, slider
 *
 * Each chart call appends a <figure>: a caption (the title), a text legend, the SVG and an
 * optional note. It returns { update(changes) }, which merges the changes into the options and
 * redraws. Controls appended one after another share a row.
 *
 * Accessibility: every SVG has role="img" and an aria-label with the title and a summary of the
 * numbers it shows. Colours are light-dark() pairs with at least 4.5:1 contrast on the sandbox's
 * light and dark backgrounds, and colour is never the only cue: series also differ in dash
 * pattern and marker shape, event kinds in shape, ring groups in radius, and the legend names
 * each in text.
 */
import {
	axisBottom,
	axisLeft,
	curveLinear,
	curveStepAfter,
	line,
	max,
	min,
	scaleBand,
	scaleLinear,
	select,
	symbol,
	symbolCircle,
	symbolDiamond,
	symbolSquare,
	symbolTriangle,
	type Selection,
} from 'd3';

/** A chart drawn by this kit: update() merges the changed options in and redraws. */
export interface Chart<Options> {
	update(changes: Partial<Options>): void;
}

/** [light theme, dark theme]: each ≥ 4.5:1 on white and on #121212. */
const COLOURS: Array<[string, string]> = [
	['#2f5fd0', '#8aa4ff'], // blue
	['#1b7f6b', '#4cc9b0'], // teal
	['#b4530f', '#f0a066'], // orange
	['#8a3fb0', '#d291ea'], // purple
	['#7a6200', '#e0c341'], // ochre
];
/** The n-th palette colour, as a CSS value that follows the page's theme. */
export const colour = (n: number): string => `var(--kit-c${n % COLOURS.length})`;
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 2'];
const SHAPES = {
	circle: symbolCircle,
	square: symbolSquare,
	triangle: symbolTriangle,
	diamond: symbolDiamond,
};
export type Shape = keyof typeof SHAPES;
const SHAPE_ORDER: Shape[] = ['circle', 'square', 'triangle', 'diamond'];
const WIDTH = 640;
const CHAR_WIDTH = 6.6; // of 12px system-ui text, roughly, for laying out labels

const STYLES = `
:root { ${COLOURS.map(([light, dark], i) => `--kit-c${i}: light-dark(${light}, ${dark});`).join(' ')} }
.kit-figure { display: inline-block; vertical-align: top; max-width: 100%; margin: 0.5rem 0.75rem 0.5rem 0; }
.kit-figure figcaption { font: 600 14px system-ui, sans-serif; }
.kit-figure svg { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.kit-figure .halo { paint-order: stroke; stroke: Canvas; stroke-width: 7px; stroke-linejoin: round; }
.kit-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; margin: 0.3rem 0; padding: 0; font-size: 13px; }
.kit-legend li { display: flex; align-items: center; gap: 0.3rem; }
.kit-note { margin: 0.2rem 0 0; font-size: 14px; }
.kit-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; margin: 0.5rem 0; font-size: 14px; }
.kit-controls [role='group'] { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem; }
.kit-controls button { font: inherit; padding: 0.2rem 0.6rem; border: 1px solid currentColor; border-radius: 4px; background: Canvas; color: CanvasText; cursor: pointer; }
.kit-controls button[aria-pressed='true'] { background: var(--kit-c0); border-color: var(--kit-c0); color: Canvas; font-weight: 600; }
.kit-controls button:focus-visible, .kit-controls input:focus-visible { outline: 2px solid var(--kit-c0); outline-offset: 2px; }
.kit-controls label { display: inline-flex; align-items: center; gap: 0.4rem; }
.kit-controls output { font-variant-numeric: tabular-nums; margin-left: 0.4rem; }
`;

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

// ---- Pure helpers (exported for tests) ----

/** A number as a chart shows it: whole from 100 up, otherwise to one decimal place. */
export function formatNumber(n: number): string {
	return String(Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10);
}

/**
 * Rows for labels along one axis so that none overlaps: each label goes in the first row whose
 * last label ends (plus `gap`) before it starts. Returns each item's row, in the input order.
 */
export function stackLabels(items: Array<{ x: number; width: number }>, gap = 6): number[] {
	const rows = Array<number>(items.length).fill(0);
	const ends: number[] = [];
	const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x);
	for (const i of order) {
		const { x, width } = items[i]!;
		let row = ends.findIndex((end) => end + gap <= x);
		if (row < 0) row = ends.push(0) - 1;
		ends[row] = x + width;
		rows[i] = row;
	}
	return rows;
}

/**
 * The share of a ring each group owns, when a key belongs to the first point at or after it
 * (clockwise): each point owns the arc from the previous point up to itself. Positions are
 * fractions of the ring, 0 ≤ at < 1.
 */
export function ringShares(points: Array<{ at: number; group: string }>): Record<string, number> {
	const sorted = [...points].sort((a, b) => a.at - b.at);
	const shares: Record<string, number> = {};
	sorted.forEach((p, i) => {
		const previous = i === 0 ? sorted.at(-1)!.at - 1 : sorted[i - 1]!.at;
		shares[p.group] = (shares[p.group] ?? 0) + (p.at - previous);
	});
	return shares;
}

// ---- Where charts go, and what every chart shares ----

/** The demo's output area, with the kit's styles installed; null outside a page. */
function stage(): HTMLElement | null {
	if (typeof document === 'undefined') return null;
	if (!document.getElementById('demo-kit-charts')) {
		const style = document.createElement('style');
		style.id = 'demo-kit-charts';
		style.textContent = STYLES;
		document.head.append(style);
	}
	return document.getElementById('output') ?? document.body;
}

/** One legend entry: a sample of how something is drawn, and its name. */
interface Key {
	label: string;
	colour?: number;
	swatch: 'line' | 'box' | 'outline' | 'band' | 'symbol';
	dash?: string;
	shape?: Shape;
	hollow?: boolean;
}

interface Drawn {
	/** The aria-label after the title: the numbers, in words. */
	summary: string;
	keys?: Key[];
	/** A note to show when the caller gives none. */
	note?: string;
}

function chart<O extends { title: string; note?: string }>(
	options: O,
	draw: (svg: SvgSelection, o: O) => Drawn,
): Chart<O> {
	const root = stage();
	if (!root) return { update() {} };
	const figure = document.createElement('figure');
	figure.className = 'kit-figure';
	const caption = document.createElement('figcaption');
	const legend = document.createElement('ul');
	legend.className = 'kit-legend';
	legend.setAttribute('aria-label', 'Legend');
	const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
	svg.attr('role', 'img').attr('fill', 'currentColor');
	const note = document.createElement('p');
	note.className = 'kit-note';
	figure.append(caption, legend, svg.node()!, note);
	root.append(figure);

	let current = options;
	const render = () => {
		caption.textContent = current.title;
		svg.selectAll('*').remove();
		const drawn = draw(svg, current);
		const { summary, keys = [] } = drawn;
		svg.attr('aria-label', `${current.title}. ${summary}`);
		legend.replaceChildren(...keys.map(legendItem));
		legend.hidden = keys.length === 0;
		note.textContent = current.note || drawn.note || '';
		note.hidden = !note.textContent;
	};
	render();
	return {
		update(changes) {
			current = { ...current, ...changes };
			render();
		},
	};
}

/** Sets the drawing's size; the figure (caption, legend, note) wraps to the same width. */
function size(svg: SvgSelection, width: number, height: number): void {
	svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width);
	const figure = svg.node()!.parentElement;
	if (figure) figure.style.width = `${width}px`;
}

function legendItem(key: Key): HTMLLIElement {
	const item = document.createElement('li');
	const sample = select(item)
		.append('svg')
		.attr('aria-hidden', 'true')
		.attr('width', 28)
		.attr('height', 14);
	const paint = key.colour === undefined ? 'currentColor' : colour(key.colour);
	if (key.swatch === 'line' || key.swatch === 'symbol') {
		if (key.swatch === 'line')
			sample
				.append('line')
				.attr('x1', 1)
				.attr('x2', 27)
				.attr('y1', 7)
				.attr('y2', 7)
				.attr('stroke-width', 2)
				.attr('stroke-dasharray', key.dash ?? '')
				.style('stroke', paint);
		if (key.shape) drawSymbol(sample, 14, 7, key.shape, paint, key.hollow ?? false, 60);
	} else {
		sample
			.append('rect')
			.attr('x', 2)
			.attr('y', 2)
			.attr('width', 24)
			.attr('height', 10)
			.attr('stroke-width', key.swatch === 'outline' ? 1.5 : 0)
			.attr('fill-opacity', key.swatch === 'band' ? 0.3 : 1)
			.style('fill', key.swatch === 'outline' ? 'none' : paint)
			.style('stroke', paint);
	}
	item.append(key.label);
	return item;
}

function drawSymbol(
	parent: Selection<SVGElement, unknown, null, undefined> | SvgSelection,
	x: number,
	y: number,
	shape: Shape,
	paint: string,
	hollow: boolean,
	area = 90,
) {
	return parent
		.append('path')
		.attr('d', symbol(SHAPES[shape], area)()!)
		.attr('transform', `translate(${x},${y})`)
		.attr('stroke-width', 2)
		.style('stroke', paint)
		.style('fill', hollow ? 'Canvas' : paint);
}

function text(
	svg: SvgSelection,
	content: string,
	x: number,
	y: number,
	anchor: 'start' | 'middle' | 'end' = 'start',
) {
	return svg.append('text').attr('x', x).attr('y', y).attr('text-anchor', anchor).text(content);
}

/** A vertical dashed line with a label; the labels of several are stacked so none overlaps. */
export interface Marker {
	at: number;
	label: string;
}

function drawMarkers(
	svg: SvgSelection,
	markers: Marker[],
	x: (value: number) => number,
	labelTop: number,
	bottom: number,
): void {
	const rows = stackLabels(
		markers.map((m) => ({ x: x(m.at) + 3, width: m.label.length * CHAR_WIDTH })),
	);
	markers.forEach((m, i) => {
		svg
			.append('line')
			.attr('class', 'marker')
			.attr('x1', x(m.at))
			.attr('x2', x(m.at))
			.attr('y1', labelTop + rows[i]! * 14)
			.attr('y2', bottom)
			.attr('stroke-dasharray', '4 3')
			.style('stroke', 'currentColor');
		text(svg, m.label, x(m.at) + 3, labelTop + rows[i]! * 14 + 10).attr('class', 'halo');
	});
}

const visibleMarkers = (markers: Marker[] = [], [from, to]: [number, number]) =>
	markers.filter((m) => Number.isFinite(m.at) && m.at >= from && m.at <= to);

const markerRowCount = (markers: Marker[], x: (value: number) => number) =>
	markers.length === 0
		? 0
		: Math.max(
				...stackLabels(
					markers.map((m) => ({ x: x(m.at) + 3, width: m.label.length * CHAR_WIDTH })),
				),
			) + 1;

const describeMarkers = (markers: Marker[], format: (x: number) => string = formatNumber) =>
	markers.length
		? ` Marked: ${markers.map((m) => `${m.label} at ${format(m.at)}`).join(', ')}.`
		: '';

// ---- Bar chart ----

export interface Bar {
	label: string;
	value: number;
	/** A second value drawn as an outline behind the bar (say p95 behind p50). */
	outline?: number;
	/** Palette colour of the filled bar (default 0). */
	colour?: number;
}

export interface BarChartOptions {
	title: string;
	bars: Bar[];
	/** Names of the filled and the outlined values, for the legend and the summary. */
	legend?: [filled: string, outline?: string];
	/** What the values count, written under the axis. */
	unit?: string;
	/** The axis runs at least to this value (so it does not jump between updates). */
	max?: number;
	/** A dashed line at a value, such as an even share. */
	reference?: { value: number; label: string };
	width?: number;
	note?: string;
}

/** Horizontal bars, one row per label, each with its value written at its end. */
export function barChart(options: BarChartOptions): Chart<BarChartOptions> {
	return chart(options, (svg, o) => {
		const width = o.width ?? WIDTH;
		const left = Math.max(...o.bars.map((b) => b.label.length * CHAR_WIDTH), 24) + 12;
		const [top, rowHeight] = [o.reference ? 22 : 6, 30];
		const bottom = top + o.bars.length * rowHeight;
		const largest = max(o.bars, (b) => Math.max(b.value, b.outline ?? 0)) ?? 0;
		const x = scaleLinear()
			.domain([0, Math.max(o.max ?? 0, largest, 1)])
			.nice()
			.range([left, width - 70]);
		const y = scaleBand<string>()
			.domain(o.bars.map((b) => b.label))
			.range([top, bottom])
			.padding(0.2);
		size(svg, width, bottom + 42);
		svg.append('g').attr('transform', `translate(0,${bottom})`).call(axisBottom(x).ticks(5));
		if (o.unit) text(svg, o.unit, width - 70, bottom + 36, 'end');
		for (const bar of o.bars) {
			const [rowTop, band] = [y(bar.label)!, y.bandwidth()];
			text(svg, bar.label, left - 8, rowTop + band / 2 + 4, 'end');
			if (bar.outline !== undefined)
				svg
					.append('rect')
					.attr('class', 'outline')
					.attr('data-label', bar.label)
					.attr('x', left)
					.attr('y', rowTop)
					.attr('width', x(bar.outline) - left)
					.attr('height', band)
					.attr('fill', 'none')
					.attr('stroke-width', 1.5)
					.style('stroke', 'currentColor');
			const inset = bar.outline === undefined ? 0 : band * 0.2;
			svg
				.append('rect')
				.attr('class', 'bar')
				.attr('data-label', bar.label)
				.attr('x', left)
				.attr('y', rowTop + inset)
				.attr('width', x(bar.value) - left)
				.attr('height', band - 2 * inset)
				.style('fill', colour(bar.colour ?? 0));
			const shown = [bar.value, bar.outline].filter((v) => v !== undefined).map(formatNumber);
			text(
				svg,
				shown.join(' / '),
				x(Math.max(bar.value, bar.outline ?? 0)) + 5,
				rowTop + band / 2 + 4,
			).attr('class', 'halo');
		}
		if (o.reference) {
			const at = x(o.reference.value);
			svg
				.append('line')
				.attr('class', 'reference')
				.attr('x1', at)
				.attr('x2', at)
				.attr('y1', top - 6)
				.attr('y2', bottom)
				.attr('stroke-dasharray', '4 3')
				.style('stroke', 'currentColor');
			text(
				svg,
				`${o.reference.label} (${formatNumber(o.reference.value)})`,
				at,
				top - 10,
				'middle',
			);
		}
		const [filled, outlined] = o.legend ?? [];
		return {
			summary:
				describeBars(o.bars, o.legend) +
				(o.reference ? ` ${o.reference.label}: ${formatNumber(o.reference.value)}.` : ''),
			keys: [
				...(filled ? [{ label: filled, colour: 0, swatch: 'box' as const }] : []),
				...(outlined ? [{ label: outlined, swatch: 'outline' as const }] : []),
			],
		};
	});
}

/** "round robin: p50 45, p95 812; …", or "db-a 2558; …" without a legend. */
export function describeBars(bars: Bar[], legend: BarChartOptions['legend'] = undefined): string {
	const [filled, outlined] = legend ?? [];
	return (
		bars
			.map((b) => {
				const value = filled ? `${filled} ${formatNumber(b.value)}` : formatNumber(b.value);
				const second =
					b.outline === undefined ? '' : `, ${outlined ?? 'outline'} ${formatNumber(b.outline)}`;
				return `${b.label}${filled ? ':' : ''} ${value}${second}`;
			})
			.join('; ') + '.'
	);
}

// ---- Line chart ----

export interface Series {
	label: string;
	points: Array<[x: number, y: number]>;
	/** Hold each value until the next point (a count that changes in steps), not a slope. */
	step?: boolean;
}

export interface LineChartOptions {
	title: string;
	series: Series[];
	x: {
		label: string;
		domain: [number, number];
		ticks?: number[];
		format?: (x: number) => string;
	};
	y: { label: string; max?: number };
	markers?: Marker[];
	/**
	 * "overlay" (default) draws every series on one chart, each with its own colour, dash and
	 * marker shape. "panels" gives each series its own small chart, stacked, on the same scales,
	 * so series with equal values cannot hide one another.
	 */
	layout?: 'overlay' | 'panels';
	note?: string;
}

/** Lines over x, with a legend (overlay) or a named panel per series, and optional markers. */
export function lineChart(options: LineChartOptions): Chart<LineChartOptions> {
	return chart(options, (svg, o) => {
		const panels = o.layout === 'panels';
		const [left, right] = [52, WIDTH - 16];
		const x = scaleLinear().domain(o.x.domain).range([left, right]).clamp(true);
		const markers = visibleMarkers(o.markers, o.x.domain);
		const labelTop = 20;
		const top = labelTop + 14 * markerRowCount(markers, x) + 8;
		const [panelHeight, gap] = panels ? [62, 16] : [180, 0];
		const count = panels ? o.series.length : 1;
		const bottom = top + count * panelHeight + (count - 1) * gap;
		size(svg, WIDTH, bottom + 44);
		const largest = max(o.series, (s) => max(s.points, (p) => p[1])) ?? 0;
		const inDomain = (p: [number, number]) => p[0] >= o.x.domain[0] && p[0] <= o.x.domain[1];
		text(svg, o.y.label, 4, 12);

		for (let panel = 0; panel < count; panel++) {
			const panelTop = top + panel * (panelHeight + gap);
			const y = scaleLinear()
				.domain([0, Math.max(o.y.max ?? 0, largest, 1)])
				.nice()
				.range([panelTop + panelHeight, panelTop]);
			svg
				.append('g')
				.attr('transform', `translate(${left},0)`)
				.call(axisLeft(y).ticks(panels ? 2 : 5));
			const drawn = panels ? [o.series[panel]!] : o.series;
			for (const s of drawn) {
				const i = o.series.indexOf(s);
				const points = s.points.filter(inDomain);
				const path = line<[number, number]>(
					(p) => x(p[0]),
					(p) => y(p[1]),
				).curve(s.step ? curveStepAfter : curveLinear);
				svg
					.append('path')
					.attr('class', 'series')
					.attr('data-series', s.label)
					.attr('fill', 'none')
					.attr('stroke-width', 2)
					.attr('stroke-dasharray', panels ? '' : DASHES[i % DASHES.length]!)
					.attr('d', path(points) ?? '')
					.style('stroke', colour(i));
				if (panels) {
					svg
						.append('text')
						.attr('x', left + 6)
						.attr('y', panelTop + 4)
						.attr('font-weight', 600)
						.text(s.label);
					continue;
				}
				// A few marker shapes along each line, staggered so equal lines still show them all.
				const every = points.length / 8;
				for (let k = 0; k < 8 && points.length; k++) {
					const p = points[Math.floor((k + (i + 1) / (o.series.length + 1)) * every)];
					if (p) drawSymbol(svg, x(p[0]), y(p[1]), SHAPE_ORDER[i % 4]!, colour(i), true, 40);
				}
			}
		}
		const axis = axisBottom(x);
		if (o.x.ticks) axis.tickValues(o.x.ticks);
		if (o.x.format) axis.tickFormat((v) => o.x.format!(Number(v)));
		svg.append('g').attr('transform', `translate(0,${bottom})`).call(axis);
		text(svg, o.x.label, right, bottom + 38, 'end');
		drawMarkers(svg, markers, x, labelTop, bottom);
		return {
			summary: describeSeries(o.series, o.x.domain) + describeMarkers(markers, o.x.format),
			keys: panels
				? []
				: o.series.map((s, i) => ({
						label: s.label,
						colour: i,
						swatch: 'line' as const,
						dash: DASHES[i % DASHES.length],
						shape: SHAPE_ORDER[i % 4],
						hollow: true,
					})),
		};
	});
}

/** "server A from 0 to 40; …": each series' range of values within the x domain. */
export function describeSeries(series: Series[], [from, to]: [number, number]): string {
	return (
		series
			.map((s) => {
				const values = s.points.filter(([x]) => x >= from && x <= to).map(([, y]) => y);
				return `${s.label} from ${formatNumber(min(values) ?? 0)} to ${formatNumber(max(values) ?? 0)}`;
			})
			.join('; ') + '.'
	);
}

// ---- Timeline ----

export interface EventKind {
	label: string;
	colour?: number;
	shape?: Shape;
	/** Drawn as an outline: something missing or wrong (a stale read), beside filled ones. */
	hollow?: boolean;
}

export interface TimelineEvent {
	lane: string;
	at: number;
	/** A key of the chart's `kinds`. */
	kind: string;
	/** Written above the event. */
	label?: string;
}

export interface TimelineOptions {
	title: string;
	lanes: string[];
	x: { label: string; domain: [number, number]; unit?: string };
	/** How each kind of event looks, and its name in the legend. */
	kinds: Record<string, EventKind>;
	events: TimelineEvent[];
	/** Shaded stretches of a lane (say, while a cached copy is fresh). */
	spans?: Array<{ lane: string; from: number; to: number; label: string }>;
	/** Dashed lines from one event to another (say, a write reaching a replica). */
	links?: Array<{ from: { lane: string; at: number }; to: { lane: string; at: number } }>;
	note?: string;
}

/** Events on horizontal lanes over time, each labelled; labels are stacked so none overlaps. */
export function timeline(options: TimelineOptions): Chart<TimelineOptions> {
	return chart(options, (svg, o) => {
		const [left, right, laneHeight] = [96, WIDTH - 16, 64];
		const x = scaleLinear().domain(o.x.domain).range([left, right]).clamp(true);
		const laneY = (lane: string) => 50 + o.lanes.indexOf(lane) * laneHeight;
		const bottom = laneY(o.lanes.at(-1)!) + 22;
		size(svg, WIDTH, bottom + 44);
		const kinds = Object.keys(o.kinds);
		const look = (kind: string) => {
			const k = o.kinds[kind]!;
			const n = kinds.indexOf(kind);
			return { ...k, colour: k.colour ?? n, shape: k.shape ?? SHAPE_ORDER[n % 4]! };
		};
		for (const lane of o.lanes) {
			svg
				.append('line')
				.attr('x1', left)
				.attr('x2', right)
				.attr('y1', laneY(lane))
				.attr('y2', laneY(lane))
				.attr('stroke-opacity', 0.35)
				.style('stroke', 'currentColor');
			text(svg, lane, 8, laneY(lane) + 4).attr('font-weight', 600);
		}
		for (const span of o.spans ?? [])
			svg
				.append('rect')
				.attr('class', 'span')
				.attr('x', x(span.from))
				.attr('width', x(span.to) - x(span.from))
				.attr('y', laneY(span.lane) - 7)
				.attr('height', 14)
				.attr('fill-opacity', 0.3)
				.style('fill', colour(1));
		for (const { from, to } of o.links ?? [])
			svg
				.append('line')
				.attr('class', 'link')
				.attr('x1', x(from.at))
				.attr('y1', laneY(from.lane))
				.attr('x2', x(to.at))
				.attr('y2', laneY(to.lane))
				.attr('stroke-dasharray', '5 3')
				.attr('stroke-opacity', 0.8)
				.style('stroke', 'currentColor');
		for (const lane of o.lanes) {
			const events = o.events.filter((e) => e.lane === lane);
			const boxes = events.map((e) => {
				const width = (e.label ?? '').length * CHAR_WIDTH;
				const start = Math.min(Math.max(x(e.at) - width / 2, 4), WIDTH - 4 - width);
				return { x: start, width };
			});
			const rows = stackLabels(boxes);
			events.forEach((e, i) => {
				const { colour: c, shape, hollow = false } = look(e.kind);
				drawSymbol(svg, x(e.at), laneY(lane), shape, colour(c), hollow)
					.attr('class', 'event')
					.attr('data-kind', e.kind)
					.attr('data-lane', lane);
				if (e.label)
					text(svg, e.label, boxes[i]!.x, laneY(lane) - 14 - 14 * (rows[i]! % 3)).attr(
						'class',
						'halo',
					);
			});
		}
		svg.append('g').attr('transform', `translate(0,${bottom})`).call(axisBottom(x).ticks(8));
		text(svg, o.x.label, right, bottom + 38, 'end');
		const unit = o.x.unit ? ` ${o.x.unit}` : '';
		const spanLabels = [...new Set((o.spans ?? []).map((s) => s.label))];
		return {
			summary: o.events
				.map((e) => {
					const said = e.label ? ` (${e.label})` : '';
					return `${e.lane} at ${formatNumber(e.at)}${unit}: ${o.kinds[e.kind]!.label}${said}`;
				})
				.join('; '),
			keys: [
				...kinds.map((kind) => ({ ...look(kind), swatch: 'symbol' as const })),
				...spanLabels.map((label) => ({ label, colour: 1, swatch: 'band' as const })),
			],
		};
	});
}

// ---- Ring ----

export interface RingOptions {
	title: string;
	/** The groups, innermost band first. */
	groups: string[];
	/** Positions as fractions of a turn, 0 ≤ at < 1, clockwise from the top. */
	points: Array<{ at: number; group: string }>;
	/** Text in the middle of the ring. */
	centre?: string;
	note?: string;
}

/** Points on a circle, each a short tick in its group's band (so groups differ in radius too). */
export function ringChart(options: RingOptions): Chart<RingOptions> {
	return chart(options, (svg, o) => {
		const [c, inner, band] = [130, 56, 13];
		size(svg, 2 * c, 2 * c);
		svg
			.append('circle')
			.attr('cx', c)
			.attr('cy', c)
			.attr('r', inner + o.groups.length * band + 2)
			.attr('fill', 'none')
			.attr('stroke-opacity', 0.35)
			.style('stroke', 'currentColor');
		for (const p of o.points) {
			const g = o.groups.indexOf(p.group);
			const angle = p.at * 2 * Math.PI - Math.PI / 2;
			const [from, to] = [inner + g * band, inner + g * band + band - 2];
			svg
				.append('line')
				.attr('class', 'point')
				.attr('data-group', p.group)
				.attr('x1', c + from * Math.cos(angle))
				.attr('y1', c + from * Math.sin(angle))
				.attr('x2', c + to * Math.cos(angle))
				.attr('y2', c + to * Math.sin(angle))
				.attr('stroke-width', 2)
				.style('stroke', colour(g));
		}
		if (o.centre) text(svg, o.centre, c, c + 4, 'middle');
		const shares = ringShares(o.points);
		return {
			summary: `One band per group, innermost first. Share of the ring: ${o.groups
				.map((g) => `${g} ${formatNumber(100 * (shares[g] ?? 0))}%`)
				.join(', ')}.`,
			keys: o.groups.map((label, i) => ({ label, colour: i, swatch: 'box' as const })),
			// Non-breaking hyphens: "db-a" should not wrap after "db-".
			note:
				o.groups.length > 1
					? `Bands from the centre out: ${o.groups.join(', ').replaceAll('-', '\u2011')}.`
					: '',
		};
	});
}

// ---- Controls ----

/** The row that controls go into: the last one, if nothing has been appended after it. */
function controlRow(): HTMLElement | null {
	const root = stage();
	if (!root) return null;
	const last = root.lastElementChild;
	if (last instanceof HTMLElement && last.classList.contains('kit-controls')) return last;
	const row = document.createElement('div');
	row.className = 'kit-controls';
	root.append(row);
	return row;
}

function makeButton(label: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = label;
	return button;
}

/**
 * A labelled group of buttons of which one is pressed (aria-pressed): picking one calls
 * `onChoose` with its index. Returns the group, whose `index` is the current choice.
 */
export function choice(
	label: string,
	options: readonly string[],
	onChoose: (index: number) => void,
	initial = 0,
): { index: number } {
	const state = { index: initial };
	const row = controlRow();
	if (!row) return state;
	const group = document.createElement('div');
	group.setAttribute('role', 'group');
	const name = document.createElement('span');
	name.id = `kit-choice-${document.querySelectorAll('.kit-controls [role="group"]').length}`;
	name.textContent = label;
	group.setAttribute('aria-labelledby', name.id);
	const buttons = options.map(makeButton);
	buttons.forEach((button, i) => {
		button.setAttribute('aria-pressed', String(i === initial));
		button.addEventListener('click', () => {
			state.index = i;
			buttons.forEach((b, j) => b.setAttribute('aria-pressed', String(i === j)));
			onChoose(i);
		});
	});
	group.append(name, ...buttons);
	row.append(group);
	return state;
}

/**
 * One button that stays pressed until pressed again (aria-pressed); its label never changes.
 * Returns its live state.
 */
export function toggle(
	label: string,
	onToggle: (on: boolean) => void,
	initial = false,
): { on: boolean } {
	const state = { on: initial };
	const row = controlRow();
	if (!row) return state;
	const button = makeButton(label);
	button.setAttribute('aria-pressed', String(initial));
	button.addEventListener('click', () => {
		state.on = !state.on;
		button.setAttribute('aria-pressed', String(state.on));
		onToggle(state.on);
	});
	row.append(button);
	return state;
}

/** A button for an action (it may be async). */
export function button(label: string, onClick: () => unknown): void {
	const row = controlRow();
	if (!row) return;
	const b = makeButton(label);
	b.addEventListener('click', () => void onClick());
	row.append(b);
}

export interface SliderRange {
	min: number;
	max: number;
	step?: number;
	value: number;
	/** Written after the value shown beside the slider, e.g. "ms". */
	unit?: string;
}

/** A labelled range input, with its current value written beside it. Returns its live value. */
export function slider(
	label: string,
	options: SliderRange,
	onInput: (value: number) => void,
): { value: number } {
	const state = { value: options.value };
	const row = controlRow();
	if (!row) return state;
	const field = document.createElement('label');
	const input = document.createElement('input');
	Object.assign(input, {
		type: 'range',
		min: String(options.min),
		max: String(options.max),
		step: String(options.step ?? 1),
		value: String(options.value),
	});
	const shown = document.createElement('output');
	shown.setAttribute('aria-hidden', 'true'); // the slider itself announces its value
	const show = () =>
		(shown.textContent = `${input.value}${options.unit ? ` ${options.unit}` : ''}`);
	show();
	input.addEventListener('input', () => {
		state.value = Number(input.value);
		show();
		onInput(state.value);
	});
	field.append(label, input);
	const wrapper = document.createElement('span');
	wrapper.append(field, shown);
	row.append(wrapper);
	return state;
}
