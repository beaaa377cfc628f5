// A percentage rollout of a feature flag. Each user id is hashed (FNV-1a, 32 bits) together with
// the flag's name into a bucket from 0 to 99; the flag is on for buckets below the percentage.
// The same user always lands in the same bucket, so raising 10% to 20% only ADDS users.

/** FNV-1a over the UTF-16 code units of a string: small, fast and the same everywhere. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5; // offset basis
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193); // FNV prime, multiplied modulo 2³²
	}
	return hash >>> 0;
}

/** The user's bucket, 0-99, for this flag. Salting with the flag name gives each flag its own order. */
export const bucket = (flag: string, userId: string): number => fnv1a(`${flag}:${userId}`) % 100;

export const isEnabled = (flag: string, userId: string, percent: number): boolean =>
	bucket(flag, userId) < percent;

const FLAG = 'new-checkout';
const users = Array.from({ length: 1000 }, (_, i) => `user-${i + 1}`);
const enabledAt = (percent: number, flag = FLAG) =>
	new Set(users.filter((u) => isEnabled(flag, u, percent)));

console.log(`Flag "${FLAG}", ${users.length} users`);
console.table(
	users.slice(0, 6).map((user) => ({
		user,
		bucket: bucket(FLAG, user),
		'at 10%': isEnabled(FLAG, user, 10) ? 'on' : 'off',
		'at 20%': isEnabled(FLAG, user, 20) ? 'on' : 'off',
	})),
);

export const steps = [0, 10, 20, 50, 100].map((percent) => ({
	percent,
	enabled: enabledAt(percent).size,
}));
console.table(steps);

const at10 = enabledAt(10);
const at20 = enabledAt(20);
export const keptOn = [...at10].filter((u) => at20.has(u)).length;
console.log(
	`Raising 10% -> 20%: ${keptOn} of ${at10.size} early users are still on; ` +
		`${at20.size - keptOn} users were added; nobody was switched off.`,
);

// Contrast: a fresh coin flip per request (seeded here, so every run prints the same) flips the
// same user on and off between page loads.
let seed = 42;
const coin = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
export const flips = Array.from({ length: 10 }, () => (coin() < 0.1 ? 'on' : 'off'));
console.log(`A 10% coin flip for user-1 on ten page loads: ${flips.join(', ')} (not stable)`);

// A different flag, salted differently, picks different early users.
const other = enabledAt(10, 'dark-mode');
export const overlap = [...at10].filter((u) => other.has(u)).length;
console.log(`Users in the first 10% of both "${FLAG}" and "dark-mode": ${overlap}`);
