import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('rejects missing and wrong keys with 401, then allows a burst of 5 and answers 429 with Retry-After', async () => {
	const lines = await runDemo(() => import('./api-key-rate-limit'));
	expect(lines[0]).toBe('Bucket: 5 tokens, refilled at 0.5 tokens per second');

	const row = (time: string, request: string, status: number, retry: string, error: string) =>
		`{time: "${time}", request: "${request}", status: ${status}, Retry-After: "${retry}", error: "${error}"}`;
	const expected = [
		row('0 s', 'no key', 401, '-', 'missing_api_key'),
		row('0 s', 'wrong key', 401, '-', 'invalid_api_key'),
		...[1, 2, 3, 4, 5].map((i) => row('0 s', `valid key #${i}`, 200, '-', '-')),
		row('0 s', 'valid key #6', 429, '2', 'rate_limited'),
		row('2 s', 'valid key #7', 200, '-', '-'),
		row('2 s', 'valid key #8', 429, '2', 'rate_limited'),
	];
	expect(lines[1]).toBe(`[${expected.join(', ')}]`);
	expect(lines).toHaveLength(2);
});
