// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	barChart,
	choice,
	describeBars,
	describeSeries,
	formatNumber,
	lineChart,
	ringShares,
	slider,
	stackLabels,
	toggle,
} from '../../src/runner/kit/charts';

beforeEach(() => {
	document.head.innerHTML = '';
	document.body.innerHTML = '<main id="output"></main>';
});
afterEach(() => vi.unstubAllGlobals());

describe('layout and wording helpers', () => {
	it('stacks overlapping labels into rows and reuses a row once it is free', () => {
		const rows = stackLabels([
			{ x: 0, width: 50 },
			{ x: 30, width: 50 }, // overlaps the first
			{ x: 60, width: 10 }, // overlaps the second only: back in row 0
			{ x: 200, width: 10 },
		]);
		expect(rows).toEqual([0, 1, 0, 0]);
		// Rows follow x, not the input order.
		expect(
			stackLabels([
				{ x: 30, width: 50 },
				{ x: 0, width: 50 },
			]),
		).toEqual([1, 0]);
	});

	it('gives each ring group the arcs that end at its points, wrapping past the top', () => {
		const shares = ringShares([
			{ at: 0.1, group: 'a' },
			{ at: 0.6, group: 'b' },
		]);
		expect(shares.a).toBeCloseTo(0.5); // from 0.6 round through 0 to 0.1
		expect(shares.b).toBeCloseTo(0.5);
		const uneven = ringShares([
			{ at: 0.25, group: 'a' },
			{ at: 0.5, group: 'b' },
			{ at: 0.75, group: 'a' },
		]);
		expect(uneven.a).toBeCloseTo(0.75);
		expect(uneven.b).toBeCloseTo(0.25);
	});

	it('writes numbers and summaries for screen readers', () => {
		expect([formatNumber(2.345), formatNumber(812.4), formatNumber(12)]).toEqual([
			'2.3',
			'812',
			'12',
		]);
		expect(describeBars([{ label: 'round robin', value: 25, outline: 808 }], ['p50', 'p95'])).toBe(
			'round robin: p50 25, p95 808.',
		);
		expect(describeBars([{ label: 'db-a', value: 2558 }])).toBe('db-a 2558.');
		const series = [
			{
				label: 'A',
				points: [
					[0, 5],
					[1, 9],
					[5, 100],
				] as Array<[number, number]>,
			},
		];
		expect(describeSeries(series, [0, 2])).toBe('A from 5 to 9.'); // only what is shown
	});
});

describe('charts', () => {
	it('draws an accessible figure: caption, text legend, role="img" with a summary, note', () => {
		const chart = barChart({
			title: 'Latency',
			legend: ['p50', 'p95'],
			bars: [{ label: 'x', value: 10, outline: 20 }],
			note: 'hello',
		});
		const figure = document.querySelector('#output figure')!;
		expect(figure.querySelector('figcaption')?.textContent).toBe('Latency');
		expect([...figure.querySelectorAll('.kit-legend li')].map((li) => li.textContent)).toEqual([
			'p50',
			'p95',
		]);
		const svg = figure.querySelector('svg[role="img"]')!;
		expect(svg.getAttribute('aria-label')).toBe('Latency. x: p50 10, p95 20.');
		expect(figure.querySelector('.kit-note')?.textContent).toBe('hello');
		expect(document.getElementById('demo-kit-charts')?.textContent).toContain('light-dark(');

		chart.update({
			bars: [
				{ label: 'x', value: 1 },
				{ label: 'y', value: 2 },
			],
			note: '',
		});
		expect(svg.querySelectorAll('rect.bar')).toHaveLength(2);
		expect(svg.querySelectorAll('rect.outline')).toHaveLength(0);
		expect(figure.querySelector<HTMLElement>('.kit-note')!.hidden).toBe(true);
	});

	it('keeps equal series apart in panels, and tells overlaid ones apart by dash', () => {
		const same: Array<[number, number]> = [
			[0, 1],
			[1, 2],
		];
		const options = {
			title: 't',
			x: { label: 's', domain: [0, 1] as [number, number] },
			y: { label: 'n' },
			series: [
				{ label: 'A', points: same },
				{ label: 'B', points: same },
			],
			markers: [
				{ at: 0.5, label: 'shown' },
				{ at: Infinity, label: 'never happened' },
				{ at: 7, label: 'outside the axis' },
			],
		};
		lineChart({ ...options, layout: 'panels' });
		lineChart(options);
		const [panels, overlay] = [...document.querySelectorAll('svg[role="img"]')];
		const d = (svg: Element) =>
			[...svg.querySelectorAll('path.series')].map((p) => p.getAttribute('d'));
		expect(new Set(d(panels!)).size).toBe(2);
		expect(new Set(d(overlay!)).size).toBe(1); // the same line twice...
		const dashes = [...overlay!.querySelectorAll('path.series')].map((p) =>
			p.getAttribute('stroke-dasharray'),
		);
		expect(new Set(dashes).size).toBe(2); // ...but drawn differently
		expect(panels!.querySelectorAll('line.marker')).toHaveLength(1);
		expect(panels!.getAttribute('aria-label')).toBe(
			't. A from 1 to 2; B from 1 to 2. Marked: shown at 0.5.',
		);
	});
});

describe('controls', () => {
	it('presses one button of a choice at a time, in one labelled group', () => {
		const picked = vi.fn();
		const state = choice('Show', ['one', 'two', 'three'], picked, 1);
		const group = document.querySelector('[role="group"]')!;
		expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe(
			'Show',
		);
		const buttons = [...group.querySelectorAll('button')];
		const pressed = () => buttons.map((b) => b.getAttribute('aria-pressed'));
		expect(pressed()).toEqual(['false', 'true', 'false']);
		buttons[2]!.click();
		expect(pressed()).toEqual(['false', 'false', 'true']);
		expect(state.index).toBe(2);
		expect(picked).toHaveBeenCalledWith(2);
	});

	it('puts consecutive controls in one row; toggle and slider report their state', () => {
		const on = toggle('Add', () => {});
		const value = slider('Points', { min: 1, max: 10, value: 4, unit: 'each' }, () => {});
		expect(document.querySelectorAll('.kit-controls')).toHaveLength(1);
		const button = document.querySelector('button')!;
		button.click();
		expect([on.on, button.getAttribute('aria-pressed'), button.textContent]).toEqual([
			true,
			'true',
			'Add',
		]);
		const input = document.querySelector<HTMLInputElement>('input[type="range"]')!;
		expect(input.closest('label')?.textContent).toBe('Points');
		input.value = '7';
		input.dispatchEvent(new Event('input'));
		expect(value.value).toBe(7);
		expect(document.querySelector('output')?.textContent).toBe('7 each');
	});

	it('draws nothing without a document, and its handles still work', () => {
		vi.stubGlobal('document', undefined);
		const chart = barChart({ title: 't', bars: [] });
		expect(() => chart.update({ bars: [] })).not.toThrow();
		expect(choice('c', ['a', 'b'], () => {}, 1).index).toBe(1);
		expect(slider('s', { min: 0, max: 1, value: 1 }, () => {}).value).toBe(1);
	});
});
