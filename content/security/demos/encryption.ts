// Public-key and symmetric cryptography working together, as in TLS: Alice and Bob agree on a
// shared key over an open channel with ECDH, then encrypt with AES-GCM. All WebCrypto.
export {}; // a module: its names stay private to this file

const hex = (bytes: ArrayBuffer | Uint8Array, max = 16) =>
	[...new Uint8Array(bytes)]
		.slice(0, max)
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('') + (new Uint8Array(bytes).length > max ? '…' : '');
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

// 1. Each side makes a key pair. Only the PUBLIC halves cross the network.
const alice = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
const bob = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
const alicePublic = await crypto.subtle.exportKey('raw', alice.publicKey);
const bobPublic = await crypto.subtle.exportKey('raw', bob.publicKey);
console.log(
	`Alice → Bob, in the open: public key ${hex(alicePublic)} (${alicePublic.byteLength} bytes)`,
);
console.log(
	`Bob → Alice, in the open: public key ${hex(bobPublic)} (${bobPublic.byteLength} bytes)`,
);

// 2. Each combines their own private key with the other's public key: the same secret appears
//    on both sides, though it never travelled. An eavesdropper with both public keys cannot.
async function sessionKey(own: CryptoKeyPair, theirs: ArrayBuffer) {
	const theirKey = await crypto.subtle.importKey('raw', theirs, ECDH, false, []);
	const shared = await crypto.subtle.deriveBits(
		{ name: 'ECDH', public: theirKey },
		own.privateKey,
		256,
	);
	// Never use the raw shared secret as a key: run it through a KDF (HKDF) first, as TLS does.
	const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
	const info = new TextEncoder().encode('cs50 demo: AES-GCM session key');
	return crypto.subtle.deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info },
		material,
		{ name: 'AES-GCM', length: 256 },
		true, // extractable only so the demo can compare the two sides' keys
		['encrypt', 'decrypt'],
	);
}
const keyA = await sessionKey(alice, bobPublic);
const keyB = await sessionKey(bob, alicePublic);
const rawA = new Uint8Array(await crypto.subtle.exportKey('raw', keyA));
const rawB = new Uint8Array(await crypto.subtle.exportKey('raw', keyB));
console.log(`Both sides derived the same AES-256 key: ${rawA.every((b, i) => b === rawB[i])}`);

// 3. Symmetric encryption with AES-GCM: fast, and it detects tampering.
const message = 'Transfer 20 to ben. PIN: 0000 (not a real PIN)';
const iv = crypto.getRandomValues(new Uint8Array(12)); // a fresh 96-bit nonce for EVERY message
const ciphertext = await crypto.subtle.encrypt(
	{ name: 'AES-GCM', iv },
	keyA,
	new TextEncoder().encode(message),
);
console.log(
	`Plaintext: ${message.length} bytes; ciphertext on the wire: ${ciphertext.byteLength} bytes (16 more: the authentication tag)`,
);
console.log(`Ciphertext: ${hex(ciphertext, 24)}`);
const decrypted = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, keyB, ciphertext);
console.log(`Bob decrypts: ${new TextDecoder().decode(decrypted)}`);

// 4. An attacker on the path flips one bit: AES-GCM refuses the whole message.
const tampered = new Uint8Array(ciphertext);
tampered[9]! ^= 0x01;
try {
	await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, keyB, tampered);
	console.log('Tampered message accepted (this should never print)');
} catch (error) {
	console.log(`Tampered message: rejected (${(error as Error).name})`);
}

// 5. Someone with a key of their own (not derived from Alice's and Bob's exchange) learns nothing.
const eve = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['decrypt']);
await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, eve, ciphertext).then(
	() => console.log('Eve decrypted it (this should never print)'),
	(error: Error) => console.log(`Eve, with a different key: rejected (${error.name})`),
);
