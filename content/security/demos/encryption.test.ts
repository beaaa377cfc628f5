import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('encryption: ECDH gives both sides one key; AES-GCM round-trips and rejects tampering and wrong keys', async () => {
	const lines = await runDemo(() => import('./encryption'));
	// Uncompressed P-256 public keys: 0x04, then 32-byte x and y.
	expect(lines[0]).toMatch(/^Alice → Bob, in the open: public key 04[0-9a-f]{30}… \(65 bytes\)$/);
	expect(lines[1]).toMatch(/^Bob → Alice, in the open: public key 04[0-9a-f]{30}… \(65 bytes\)$/);
	expect(lines).toContain('Both sides derived the same AES-256 key: true');
	expect(lines).toContain(
		'Plaintext: 46 bytes; ciphertext on the wire: 62 bytes (16 more: the authentication tag)',
	);
	const ciphertext = lines.find((l) => l.startsWith('Ciphertext: '))!;
	expect(ciphertext).not.toContain('Transfer'); // nothing readable on the wire
	expect(lines).toContain('Bob decrypts: Transfer 20 to ben. PIN: 0000 (not a real PIN)');
	expect(lines).toContain('Tampered message: rejected (OperationError)');
	expect(lines).toContain('Eve, with a different key: rejected (OperationError)');
	expect(lines.join('\n')).not.toContain('should never print');
});
