import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('reads var as undefined, calls a hoisted function, and throws in the TDZ of let and const', async () => {
	const lines = await runDemo(() => import('./hoisting-tdz'));
	expect(lines).toEqual([
		'1. var read before its line: undefined',
		'1. var read after its line: 3',
		'2. function called before its line: Hello, Ada',
		"3. let read in its TDZ threw ReferenceError: Cannot access 'limit' before initialization",
		'3. the same let after its line (and limit += 5): 15',
		"4. called too early, it threw ReferenceError: Cannot access 'rate' before initialization",
		'4. called after the declaration, it returns 0.92',
		'5. typeof a name declared nowhere: undefined',
		"5. typeof a const in its TDZ threw ReferenceError: Cannot access 'tax' before initialization",
		'5. typeof after the declaration: number',
		'6. closures made in a var loop see: 3, 3, 3',
		'6. closures made in a let loop see: 0, 1, 2',
	]);
	// The TDZ survived the test's TypeScript transform: let/const were not rewritten to var.
	expect(lines.filter((line) => line.includes('ReferenceError'))).toHaveLength(3);
});
