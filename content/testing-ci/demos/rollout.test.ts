import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('hashes users into stable buckets so raising the percentage only adds users', async () => {
	let demo: typeof import('./rollout') | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./rollout');
	});
	const { fnv1a, bucket, isEnabled, steps, keptOn, overlap, flips } = demo!;
	// FNV-1a's published test vectors: "" → offset basis, "a" → 0xe40c292c.
	expect(fnv1a('')).toBe(0x811c9dc5);
	expect(fnv1a('a')).toBe(0xe40c292c);
	expect(bucket('new-checkout', 'user-3')).toBe(1);
	expect(isEnabled('new-checkout', 'user-3', 10)).toBe(true);
	expect(isEnabled('new-checkout', 'user-1', 50)).toBe(false); // bucket 63
	expect(steps).toEqual([
		{ percent: 0, enabled: 0 },
		{ percent: 10, enabled: 107 },
		{ percent: 20, enabled: 198 },
		{ percent: 50, enabled: 509 },
		{ percent: 100, enabled: 1000 },
	]);
	expect(keptOn).toBe(107);
	expect(lines).toContain(
		'Raising 10% -> 20%: 107 of 107 early users are still on; 91 users were added; nobody was switched off.',
	);
	expect(overlap).toBe(12); // another flag's first 10% is a different set of users
	expect(new Set(flips)).toEqual(new Set(['on', 'off']));
});
