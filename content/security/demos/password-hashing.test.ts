import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('password-hashing: a lookup table cracks unsalted SHA-256, finds nothing against salted PBKDF2', async () => {
	const lines = await runDemo(() => import('./password-hashing'));
	const round1 =
		lines[lines.indexOf('Round 1: the leaked table holds unsalted SHA-256 hashes') + 1]!;
	// SHA-256("password123") begins ef92b778bafe771e, for alice and carol alike.
	expect(round1.match(/ef92b778bafe771e/g)).toHaveLength(2);
	expect(round1.match(/password123/g)).toHaveLength(2);
	expect(round1).toContain('sunshine');
	expect(lines).toContain(
		'Cracked by one lookup each: 3 of 4. alice and carol share a hash, so cracking one cracks both.',
	);

	const round2 =
		lines[lines.indexOf('Round 2: the leaked table holds pbkdf2_sha256$600000$salt$hash') + 1]!;
	expect(round2).not.toContain('password123');
	expect(round2).not.toContain('sunshine');
	expect(round2).not.toContain('ef92b778bafe771e');
	expect(lines.find((l) => l.startsWith('alice and carol now have different hashes'))).toContain(
		'hashes: true.',
	);
	// The attacker can still test one guess against one user's salt: the salt is not a secret.
	expect(lines).toContain('Guessing "password123" for carol with her salt: correct.');
	expect(lines.at(-1)).toMatch(/PBKDF2 is 1,200,000 SHA-256 runs \(600,000 HMACs\), ≈ \d+ ms here/);
});
