/**
 * Turns any value a demo logs into a plain tree that survives postMessage and can be rendered
 * faithfully by the host: objects stay objects (not "[object Object]"), cycles and depth are
 * bounded, and types that structured clone would mangle (functions, symbols, DOM nodes) are named.
 */
export type SerializedValue =
	| { t: 'undefined' }
	| { t: 'null' }
	| { t: 'boolean'; v: boolean }
	| { t: 'number'; v: string }
	| { t: 'bigint'; v: string }
	| { t: 'string'; v: string }
	| { t: 'symbol'; v: string }
	| { t: 'function'; name: string }
	| { t: 'date'; v: string }
	| { t: 'regexp'; v: string }
	| { t: 'error'; name: string; message: string }
	| { t: 'node'; v: string }
	| { t: 'circular' }
	| { t: 'array'; ctor: string; items: SerializedValue[]; length: number }
	| { t: 'map'; entries: [SerializedValue, SerializedValue][]; size: number }
	| { t: 'set'; items: SerializedValue[]; size: number }
	| { t: 'object'; ctor: string; entries: [string, SerializedValue][]; more: number };

const MAX_DEPTH = 5;
const MAX_ITEMS = 100;
const MAX_STRING = 10_000;

export function serialize(
	value: unknown,
	depth = 0,
	seen = new WeakSet<object>(),
): SerializedValue {
	switch (typeof value) {
		case 'undefined':
			return { t: 'undefined' };
		case 'boolean':
			return { t: 'boolean', v: value };
		case 'number':
			return { t: 'number', v: Object.is(value, -0) ? '-0' : String(value) };
		case 'bigint':
			return { t: 'bigint', v: `${value}n` };
		case 'string':
			return {
				t: 'string',
				v: value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value,
			};
		case 'symbol':
			return { t: 'symbol', v: value.toString() };
		case 'function':
			return { t: 'function', name: value.name || '(anonymous)' };
	}
	if (value === null) return { t: 'null' };
	const object = value as object;
	if (object instanceof Date)
		return { t: 'date', v: isNaN(+object) ? 'Invalid Date' : object.toISOString() };
	if (object instanceof RegExp) return { t: 'regexp', v: String(object) };
	if (object instanceof Error) return { t: 'error', name: object.name, message: object.message };
	if (typeof Node !== 'undefined' && object instanceof Node)
		return { t: 'node', v: describeNode(object) };
	if (seen.has(object)) return { t: 'circular' };
	seen.add(object);
	try {
		return serializeContainer(object, depth, seen);
	} finally {
		seen.delete(object);
	}
}

function serializeContainer(object: object, depth: number, seen: WeakSet<object>): SerializedValue {
	const inner = (v: unknown) => (depth >= MAX_DEPTH ? summary(v) : serialize(v, depth + 1, seen));
	if (Array.isArray(object) || ArrayBuffer.isView(object)) {
		const list = Array.from(object as ArrayLike<unknown>);
		return {
			t: 'array',
			ctor: object.constructor?.name ?? 'Array',
			items: list.slice(0, MAX_ITEMS).map(inner),
			length: list.length,
		};
	}
	if (object instanceof Map) {
		const entries = [...object].slice(0, MAX_ITEMS);
		return { t: 'map', entries: entries.map(([k, v]) => [inner(k), inner(v)]), size: object.size };
	}
	if (object instanceof Set) {
		return { t: 'set', items: [...object].slice(0, MAX_ITEMS).map(inner), size: object.size };
	}
	const keys = Object.keys(object);
	return {
		t: 'object',
		ctor: Object.getPrototypeOf(object)?.constructor?.name ?? 'Object',
		entries: keys
			.slice(0, MAX_ITEMS)
			.map((key) => [key, inner((object as Record<string, unknown>)[key])]),
		more: Math.max(0, keys.length - MAX_ITEMS),
	};
}

/** Past the depth limit, containers collapse to a one-word description. */
function summary(value: unknown): SerializedValue {
	if (value === null || typeof value !== 'object') return serialize(value);
	if (Array.isArray(value)) return { t: 'array', ctor: 'Array', items: [], length: value.length };
	return {
		t: 'object',
		ctor: value.constructor?.name ?? 'Object',
		entries: [],
		more: Object.keys(value).length,
	};
}

function describeNode(node: Node): string {
	if (node instanceof Element) {
		const id = node.id ? `#${node.id}` : '';
		const classes = [...node.classList].map((c) => `.${c}`).join('');
		return `<${node.tagName.toLowerCase()}${id}${classes}>`;
	}
	return node.nodeName;
}

/** Plain-text rendering, used by the Node-side demo tests and for screen-reader summaries. */
export function toText(value: SerializedValue, nested = false): string {
	switch (value.t) {
		case 'undefined':
		case 'null':
		case 'circular':
			return value.t === 'circular' ? '[Circular]' : value.t;
		case 'string':
			return nested ? JSON.stringify(value.v) : value.v;
		case 'function':
			return `[Function ${value.name}]`;
		case 'error':
			return `${value.name}: ${value.message}`;
		case 'array':
			return `[${value.items.map((i) => toText(i, true)).join(', ')}${value.length > value.items.length ? ', …' : ''}]`;
		case 'map':
			return `Map(${value.size}) {${value.entries.map(([k, v]) => `${toText(k, true)} => ${toText(v, true)}`).join(', ')}}`;
		case 'set':
			return `Set(${value.size}) {${value.items.map((i) => toText(i, true)).join(', ')}}`;
		case 'object': {
			const prefix = value.ctor === 'Object' ? '' : `${value.ctor} `;
			const body = value.entries.map(([k, v]) => `${k}: ${toText(v, true)}`).join(', ');
			return `${prefix}{${body}${value.more ? ', …' : ''}}`;
		}
		default:
			return String(value.v);
	}
}
