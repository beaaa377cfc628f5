// The lecture's is_prime tests, run with Chai's `assert` (the assertion library Vitest itself is
// built on). A tiny runner collects the tests, runs them against two implementations, and
// reports each failure with the message the assertion threw.
import { AssertionError, assert } from 'chai';

/** Correct: try every divisor d with d·d ≤ n. */
function isPrime(n: number): boolean {
	if (n < 2) return false;
	for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
	return true;
}

/** Buggy: stops one divisor early (d·d < n), so squares of primes slip through. */
function isPrimeBuggy(n: number): boolean {
	if (n < 2) return false;
	for (let d = 2; d * d < n; d++) if (n % d === 0) return false;
	return true;
}

type Test = { name: string; body: (isPrime: (n: number) => boolean) => void };

// One test per fact, like the lecture's test_1, test_2 ... Each names the input it checks.
const tests: Test[] = [
	{ name: '1 is not prime', body: (f) => assert.isFalse(f(1), 'is_prime(1)') },
	{ name: '2 is prime', body: (f) => assert.isTrue(f(2), 'is_prime(2)') },
	{ name: '8 is not prime', body: (f) => assert.isFalse(f(8), 'is_prime(8)') },
	{ name: '11 is prime', body: (f) => assert.isTrue(f(11), 'is_prime(11)') },
	{ name: '25 is not prime', body: (f) => assert.isFalse(f(25), 'is_prime(25)') },
	{ name: '28 is not prime', body: (f) => assert.isFalse(f(28), 'is_prime(28)') },
	{
		name: 'primes below 20',
		body: (f) =>
			assert.deepEqual(
				[...Array(20).keys()].filter(f),
				[2, 3, 5, 7, 11, 13, 17, 19],
				'primes below 20',
			),
	},
];

export interface Report {
	passed: number;
	failed: number;
	failures: { test: string; message: string }[];
}

/** Runs every test; an assertion that throws fails that test only, and the run goes on. */
function runTests(label: string, implementation: (n: number) => boolean): Report {
	const report: Report = { passed: 0, failed: 0, failures: [] };
	const rows = tests.map(({ name, body }) => {
		try {
			body(implementation);
			report.passed++;
			return { test: name, result: 'PASS' };
		} catch (error) {
			if (!(error instanceof AssertionError)) throw error; // a crash, not a failure
			report.failed++;
			report.failures.push({ test: name, message: (error as Error).message });
			return { test: name, result: 'FAIL' };
		}
	});
	console.log(`${label}:`);
	console.table(rows);
	for (const { test, message } of report.failures) console.error(`  FAIL ${test}: ${message}`);
	console.log(`  ${report.passed} passed, ${report.failed} failed`);
	return report;
}

export const correct = runTests('isPrime (d * d <= n)', isPrime);
export const buggy = runTests('isPrimeBuggy (d * d < n)', isPrimeBuggy);
