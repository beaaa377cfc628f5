import { describe, expect, it } from 'vitest';
import { serialize, toText } from '../../src/runner/serialize';
import { isHostMessage, isSandboxMessage } from '../../src/runner/protocol';
import { demoLineFromStack } from '../../src/runner/sandbox/error-line';

describe('serialize', () => {
	it('keeps objects, arrays, maps and sets structured instead of "[object Object]"', () => {
		const value = {
			name: 'Ada',
			tags: ['git', 'sql'],
			seen: new Set([1]),
			by: new Map([['k', 2]]),
		};
		expect(toText(serialize(value))).toBe(
			'{name: "Ada", tags: ["git", "sql"], seen: Set(1) {1}, by: Map(1) {"k" => 2}}',
		);
	});

	it('marks cycles and names values structured clone would lose', () => {
		const loop: Record<string, unknown> = { id: 1 };
		loop.self = loop;
		expect(toText(serialize(loop))).toBe('{id: 1, self: [Circular]}');
		expect(toText(serialize(function greet() {}))).toBe('[Function greet]');
		expect(toText(serialize(Symbol('s')))).toBe('Symbol(s)');
		expect(toText(serialize(10n))).toBe('10n');
		expect(toText(serialize(new TypeError('bad')))).toBe('TypeError: bad');
		expect(toText(serialize(-0))).toBe('-0');
	});

	it('survives structured cloning (what postMessage does)', () => {
		const tree = serialize({ when: new Date(0), re: /a+/g, nested: { deep: [1, [2, [3]]] } });
		expect(structuredClone(tree)).toEqual(tree);
		expect(toText(tree)).toBe(
			'{when: 1970-01-01T00:00:00.000Z, re: /a+/g, nested: {deep: [1, [2, [3]]]}}',
		);
	});

	it('bounds huge values', () => {
		const big = serialize(Array.from({ length: 1000 }, (_, i) => i));
		expect(big.t === 'array' && big.items.length).toBe(100);
		expect(big.t === 'array' && big.length).toBe(1000);
	});
});

describe('message guards', () => {
	it('accept well-formed messages and reject look-alikes', () => {
		expect(isHostMessage({ type: 'run', runId: 1, source: 'x', mode: 'console' })).toBe(true);
		expect(isHostMessage({ type: 'run', runId: 1, source: 'x', mode: 'evil' })).toBe(false);
		expect(isHostMessage({ type: 'console' })).toBe(false);
		expect(isSandboxMessage({ type: 'console', runId: 1, level: 'log', args: [] })).toBe(true);
		expect(isSandboxMessage({ type: 'console', runId: 'x', level: 'log', args: [] })).toBe(false);
		expect(isSandboxMessage({ type: 'run', runId: 1, source: '', mode: 'console' })).toBe(false);
		expect(isSandboxMessage('ready')).toBe(false);
	});
});

describe('demoLineFromStack', () => {
	const url = 'blob:null/0b7c';
	it('finds the first frame in the demo module', () => {
		const stack = `Error: boom\n    at f (${url}:7:11)\n    at ${url}:9:1`;
		expect(demoLineFromStack(stack, url)).toBe(7);
	});
	it('returns null when the error came from elsewhere', () => {
		expect(demoLineFromStack('Error\n    at https://site/lib.js:1:1', url)).toBeNull();
	});
});
