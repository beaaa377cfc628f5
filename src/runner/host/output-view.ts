/**
 * Renders what a demo prints into its role="log" element, the way a browser console would:
 * strings plain, values coloured by type, objects and arrays as expandable <details>, console.table
 * as a real table, warnings and errors marked (not by colour alone: each has a text label).
 */
import type { ConsoleLevel } from '../protocol';
import { toText, type SerializedValue } from '../serialize';

const MAX_ENTRIES = 1000;

export class OutputView {
	private count = 0;

	constructor(private readonly log: HTMLElement) {}

	clear(): void {
		this.log.replaceChildren();
		this.count = 0;
	}

	console(level: ConsoleLevel, args: SerializedValue[]): void {
		if (level === 'table' && args[0] && isTabular(args[0])) {
			this.append('log', [renderTable(args[0])]);
			return;
		}
		const parts: Node[] = [];
		args.forEach((arg, index) => {
			if (index > 0) parts.push(document.createTextNode(' '));
			parts.push(renderValue(arg, false));
		});
		this.append(level === 'table' ? 'log' : level, parts);
	}

	error(message: string, line: number | null): void {
		const where = line === null ? '' : `Line ${line}: `;
		this.append('error', [document.createTextNode(where + message)]);
	}

	status(text: string): void {
		this.append('status', [document.createTextNode(text)]);
	}

	private append(kind: ConsoleLevel | 'status', parts: Node[]): void {
		if (this.count === MAX_ENTRIES) {
			this.status(`Output stopped after ${MAX_ENTRIES} lines.`);
		}
		if (this.count > MAX_ENTRIES) return;
		this.count++;
		const entry = document.createElement('div');
		entry.className = `entry entry-${kind}`;
		const label = { warn: 'Warning', error: 'Error' }[kind as string];
		if (label) {
			const badge = document.createElement('span');
			badge.className = 'entry-label';
			badge.textContent = `${label}: `;
			entry.append(badge);
		}
		entry.append(...parts);
		this.log.append(entry);
	}
}

function renderValue(value: SerializedValue, nested: boolean): Node {
	if (value.t === 'array' || value.t === 'object' || value.t === 'map' || value.t === 'set') {
		return renderContainer(value);
	}
	const span = document.createElement('span');
	span.className = `value value-${value.t}`;
	span.textContent = toText(value, nested);
	return span;
}

type Container = Extract<SerializedValue, { t: 'array' | 'object' | 'map' | 'set' }>;

function renderContainer(value: Container): Node {
	const details = document.createElement('details');
	details.className = 'value value-tree';
	const summary = document.createElement('summary');
	summary.textContent = preview(value);
	details.append(summary);
	const list = document.createElement('ul');
	for (const [key, child] of children(value)) {
		const item = document.createElement('li');
		const keySpan = document.createElement('span');
		keySpan.className = 'value-key';
		keySpan.textContent = `${key}: `;
		item.append(keySpan, renderValue(child, true));
		list.append(item);
	}
	details.append(list);
	return details;
}

function children(value: Container): [string, SerializedValue][] {
	switch (value.t) {
		case 'array':
			return value.items.map((item, i) => [String(i), item]);
		case 'set':
			return value.items.map((item, i) => [String(i), item]);
		case 'map':
			return value.entries.map(([k, v]) => [toText(k, true), v]);
		case 'object':
			return value.entries;
	}
}

/** One line, like a console's collapsed view: `Array(3) [1, 2, 3]`, `{name: "Ada", …}`. */
function preview(value: Container): string {
	const text = toText(value, true);
	const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
	if (value.t === 'array') return `${value.ctor}(${value.length}) ${short}`;
	return short;
}

type Tabular = Extract<SerializedValue, { t: 'array' | 'object' }>;

function isTabular(value: SerializedValue): value is Tabular {
	return value.t === 'array' || value.t === 'object';
}

function renderTable(data: Tabular): Node {
	const rows: [string, SerializedValue][] =
		data.t === 'array' ? data.items.map((item, i) => [String(i), item]) : data.entries;
	const columns: string[] = [];
	for (const [, row] of rows) {
		if (row.t === 'object')
			for (const [key] of row.entries) if (!columns.includes(key)) columns.push(key);
	}
	const hasValues = rows.some(([, row]) => row.t !== 'object');
	const table = document.createElement('table');
	const head = table.createTHead().insertRow();
	for (const name of ['(index)', ...columns, ...(hasValues ? ['Value'] : [])]) {
		const th = document.createElement('th');
		th.scope = 'col';
		th.textContent = name;
		head.append(th);
	}
	const body = table.createTBody();
	for (const [index, row] of rows) {
		const tr = body.insertRow();
		const th = document.createElement('th');
		th.scope = 'row';
		th.textContent = index;
		tr.append(th);
		const cells = row.t === 'object' ? new Map(row.entries) : new Map<string, SerializedValue>();
		for (const column of columns) {
			const cell = cells.get(column);
			tr.insertCell().textContent = cell ? toText(cell, true) : '';
		}
		if (hasValues) tr.insertCell().textContent = row.t === 'object' ? '' : toText(row, true);
	}
	const wrapper = document.createElement('div');
	wrapper.className = 'table-scroll';
	// A wide table scrolls sideways; keyboard users need to be able to focus it to scroll.
	wrapper.tabIndex = 0;
	wrapper.append(table);
	return wrapper;
}
