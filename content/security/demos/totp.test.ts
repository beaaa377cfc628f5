import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('totp: reproduces every RFC 6238 test vector, then enrols and verifies a code with a ±1 step window', async () => {
	const lines = await runDemo(() => import('./totp'));
	const table = lines[lines.indexOf('RFC 6238 test vectors (8 digits):') + 1]!;
	// RFC 6238, Appendix B: time, then the SHA-1, SHA-256 and SHA-512 codes.
	const expected: [number, string, string, string][] = [
		[59, '94287082', '46119246', '90693936'],
		[1111111109, '07081804', '68084774', '25091201'],
		[1111111111, '14050471', '67062674', '99943326'],
		[1234567890, '89005924', '91819424', '93441116'],
		[2000000000, '69279037', '90698825', '38618901'],
		[20000000000, '65353130', '77737706', '47863826'],
	];
	for (const [time, sha1, sha256, sha512] of expected) {
		const row = table
			.split('\n')
			.find((line) => line.includes(`"${time}"`) || line.includes(` ${time} `));
		expect(row, `no row for T=${time}`).toBeDefined();
		expect(row).toContain(sha1);
		expect(row).toContain(sha256);
		expect(row).toContain(sha512);
	}
	expect(table).toContain('00000000023523EC'); // the RFC's step counter for T=1111111109

	const uri = lines.find((l) => l.startsWith('QR code contents: '))!;
	expect(uri).toContain('otpauth://totp/CS50%20Airline:alice?secret=');
	expect(uri).toMatch(/secret=[A-Z2-7]{32}&/); // 20 bytes in base32
	expect(uri).toContain('&period=30');

	const shown = /phone shows (\d{6}); 09:00:30 it changes to (\d{6})/.exec(lines.join('\n'));
	expect(shown).not.toBeNull();
	expect(shown![1]).not.toBe(shown![2]);
	expect(lines).toContain('Typed at 09:00:25: accepted (step +0)');
	expect(lines).toContain('Typed at 09:00:45: accepted (step -1)');
	expect(lines).toContain('Typed at 09:02:00: rejected');
	expect(lines).toContain('A guess, 000000: rejected');
});
