// TOTP (RFC 6238), the six-digit codes of an authenticator app, built from WebCrypto's HMAC.
// A code is HMAC(secret, number of 30-second steps since 1970), cut down to a few digits.
export {}; // a module: its names stay private to this file

type Hash = 'SHA-1' | 'SHA-256' | 'SHA-512';

/** HOTP (RFC 4226): the code for one counter value. */
async function hotp(
	secret: Uint8Array<ArrayBuffer>,
	counter: number,
	digits = 6,
	hash: Hash = 'SHA-1',
) {
	const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash }, false, ['sign']);
	const message = new Uint8Array(8); // the counter as a 64-bit big-endian integer
	new DataView(message.buffer).setBigUint64(0, BigInt(counter));
	const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
	// "Dynamic truncation": the last nibble picks where to read 4 bytes (top bit dropped).
	const offset = mac[mac.length - 1]! & 0x0f;
	const number = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
	return String(number % 10 ** digits).padStart(digits, '0');
}

/** TOTP: HOTP with the counter taken from the clock. */
function totp(
	secret: Uint8Array<ArrayBuffer>,
	unixSeconds: number,
	digits = 6,
	hash: Hash = 'SHA-1',
) {
	const STEP = 30; // seconds per code, the RFC's default and what authenticator apps use
	return hotp(secret, Math.floor(unixSeconds / STEP), digits, hash);
}

// 1. The test vectors from RFC 6238, Appendix B: 8-digit codes for fixed times and secrets.
const ascii = (text: string) => new TextEncoder().encode(text);
const seeds: Record<Hash, Uint8Array<ArrayBuffer>> = {
	'SHA-1': ascii('12345678901234567890'), // 20 bytes
	'SHA-256': ascii('12345678901234567890123456789012'), // 32 bytes
	'SHA-512': ascii('1234567890'.repeat(6) + '1234'), // 64 bytes
};
const times = [59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000];
const vectors = [];
for (const time of times) {
	const row: Record<string, string> = {
		'time (s)': String(time),
		UTC: new Date(time * 1000).toISOString().replace('.000Z', 'Z'),
		'step (hex)': Math.floor(time / 30)
			.toString(16)
			.toUpperCase()
			.padStart(16, '0'),
	};
	for (const hash of Object.keys(seeds) as Hash[])
		row[hash] = await totp(seeds[hash], time, 8, hash);
	vectors.push(row);
}
console.log('RFC 6238 test vectors (8 digits):');
console.table(vectors);

// 2. Enrolment: the server makes a random secret and shows it as a QR code of an otpauth:// URI.
//    Fixed here so the output is the same each run; a real server uses crypto.getRandomValues.
const secret = ascii('demo-not-a-real-key!'); // 20 bytes = 160 bits, as RFC 4226 recommends
function base32(bytes: Uint8Array) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = '';
	for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
	return (bits.match(/.{1,5}/g) ?? []).map((b) => alphabet[parseInt(b.padEnd(5, '0'), 2)]).join('');
}
const uri = `otpauth://totp/CS50%20Airline:alice?secret=${base32(secret)}&issuer=CS50%20Airline&algorithm=SHA1&digits=6&period=30`;
console.log(`QR code contents: ${uri}`);

// 3. Login: the phone and the server compute the same code from the same secret and clock.
const now = Date.parse('2026-11-29T09:00:10Z') / 1000;
const phoneCode = await totp(secret, now);
console.log(
	`09:00:10 the phone shows ${phoneCode}; 09:00:30 it changes to ${await totp(secret, now + 20)}`,
);

/** The server accepts the current step and one either side, for clock drift and slow typing. */
async function verify(code: string, unixSeconds: number) {
	for (const drift of [-1, 0, 1]) {
		if ((await totp(secret, unixSeconds + drift * 30)) === code)
			return `accepted (step ${drift >= 0 ? '+' : ''}${drift})`;
	}
	return 'rejected';
}
console.log(`Typed at 09:00:25: ${await verify(phoneCode, now + 15)}`);
console.log(`Typed at 09:00:45: ${await verify(phoneCode, now + 35)}`);
console.log(`Typed at 09:02:00: ${await verify(phoneCode, now + 110)}`);
console.log(`A guess, 000000: ${await verify('000000', now)}`);
