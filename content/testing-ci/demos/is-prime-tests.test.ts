import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('passes every test with the correct isPrime and reports the two real failures of the buggy one', async () => {
	let demo: typeof import('./is-prime-tests') | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./is-prime-tests');
	});
	expect(demo!.correct).toEqual({ passed: 7, failed: 0, failures: [] });
	expect(demo!.buggy.passed).toBe(5);
	expect(demo!.buggy.failures.map((f) => f.test)).toEqual(['25 is not prime', 'primes below 20']);
	// Chai's own messages, prefixed by the message each assertion was given.
	expect(lines).toContain('  FAIL 25 is not prime: is_prime(25): expected true to be false');
	expect(lines.some((l) => l.includes('expected [ 2, 3, 4, 5, 7, 9, 11, 13, 17, 19 ]'))).toBe(true);
	expect(lines).toContain('  7 passed, 0 failed');
	expect(lines).toContain('  5 passed, 2 failed');
});
