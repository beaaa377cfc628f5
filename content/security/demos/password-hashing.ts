// Why a plain hash is not enough, and what a salt and a slow KDF add.
// An attacker has stolen the users table. Round 1: passwords stored as unsalted SHA-256.
// Round 2: the same passwords stored as salted PBKDF2, as OWASP recommends.
export {}; // a module: its names stay private to this file

const hex = (bytes: ArrayBuffer | Uint8Array) =>
	[...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (text: string) =>
	hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

const users = [
	{ username: 'alice', password: 'password123' },
	{ username: 'bob', password: 'sunshine' },
	{ username: 'carol', password: 'password123' }, // the same password as alice
	{ username: 'dave', password: 'correct horse battery staple' },
];

// The attacker's precomputed table: hash → password for common passwords, built once and
// reused against every leak. (A rainbow table stores the same knowledge in far less space.)
const common = ['123456', 'password', 'password123', 'qwerty', 'sunshine', 'letmein', 'iloveyou'];
const table = new Map<string, string>();
for (const word of common) table.set(await sha256(word), word);

console.log('Round 1: the leaked table holds unsalted SHA-256 hashes');
const leaked1 = await Promise.all(
	users.map(async (u) => ({ username: u.username, hash: await sha256(u.password) })),
);
console.table(
	leaked1.map((row) => ({
		username: row.username,
		'sha256 (first 16 hex)': row.hash.slice(0, 16),
		'found in table': table.get(row.hash) ?? '—',
	})),
);
console.log(
	`Cracked by one lookup each: ${leaked1.filter((r) => table.has(r.hash)).length} of ${users.length}. ` +
		`alice and carol share a hash, so cracking one cracks both.`,
);

// Round 2: a random salt per user, then a deliberately slow key derivation function.
const ITERATIONS = 600_000; // OWASP's minimum for PBKDF2-HMAC-SHA256
async function pbkdf2(password: string, salt: Uint8Array, iterations = ITERATIONS) {
	const raw = new TextEncoder().encode(password);
	const key = await crypto.subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveBits']);
	const params = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
	return hex(await crypto.subtle.deriveBits(params, key, 256));
}
// Salts come from crypto.getRandomValues in real code. Here a tiny seeded generator makes
// them, so the output is the same on every run.
let seed = 2026;
const seededSalt = () =>
	Uint8Array.from({ length: 16 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);

const started = performance.now();
const leaked2 = [];
for (const u of users) {
	const salt = seededSalt();
	leaked2.push({ username: u.username, salt, hash: await pbkdf2(u.password, salt) });
}
const msPerHash = (performance.now() - started) / users.length;

console.log(`Round 2: the leaked table holds pbkdf2_sha256$${ITERATIONS}$salt$hash`);
console.table(
	leaked2.map((row) => ({
		username: row.username,
		'salt (hex)': hex(row.salt).slice(0, 12) + '…',
		'hash (first 16 hex)': row.hash.slice(0, 16),
		'found in table': table.get(row.hash) ?? '—',
	})),
);
console.log(
	`alice and carol now have different hashes: ${leaked2[0]!.hash !== leaked2[2]!.hash}. ` +
		`The precomputed table finds nothing: it was built without these salts.`,
);

// The attacker can still guess, one user at a time, with that user's salt. The slowness is
// what makes each guess expensive.
const carol = leaked2[2]!;
const cracked = (await pbkdf2('password123', carol.salt)) === carol.hash;
console.log(`Guessing "password123" for carol with her salt: ${cracked ? 'correct' : 'wrong'}.`);
console.log(
	`Cost per guess: unsalted SHA-256 is one hash; PBKDF2 is ${(2 * ITERATIONS).toLocaleString('en')} ` +
		`SHA-256 runs (${ITERATIONS.toLocaleString('en')} HMACs), ≈ ${msPerHash.toFixed(0)} ms here, ` +
		`so about ${Math.round(1000 / msPerHash)} guesses a second per core, for one user at a time.`,
);
