// SQL injection on a real PostgreSQL (PGlite): a login query built by pasting strings together,
// broken by a password of ' OR '1'='1, then the same query with parameters, which holds.
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create();
// Plain-text passwords ONLY to keep this demo about injection; see the hashing demo for storage.
await db.exec(`
	CREATE TABLE users (id integer PRIMARY KEY, username text NOT NULL, password text NOT NULL);
	INSERT INTO users VALUES (1, 'admin', 'not-a-real-password-1'),
	                         (2, 'alice', 'not-a-real-password-2'),
	                         (3, 'O''Brien', 'not-a-real-password-3');
`);

// VULNERABLE: the user's text becomes part of the SQL program itself.
async function loginUnsafe(username: string, password: string) {
	const sql = `SELECT id, username FROM users WHERE username = '${username}' AND password = '${password}'`;
	console.log(`  SQL sent: ${sql}`);
	const { rows } = await db.query<{ id: number; username: string }>(sql);
	return rows[0]?.username ?? null;
}

// SAFE: the SQL text is fixed; the values travel separately and are never parsed as SQL.
async function loginSafe(username: string, password: string) {
	const sql = 'SELECT id, username FROM users WHERE username = $1 AND password = $2';
	const { rows } = await db.query<{ id: number; username: string }>(sql, [username, password]);
	return rows[0]?.username ?? null;
}

const attack = { username: 'alice', password: "' OR '1'='1" };

console.log("1. String-built query, attacker types the password  ' OR '1'='1");
const who = await loginUnsafe(attack.username, attack.password);
console.log(
	`  → logged in as: ${who ?? 'nobody'}  (AND binds tighter than OR, so the WHERE is true for every row)`,
);

console.log('2. String-built search box, attacker types a UNION');
const search = "zzz' UNION SELECT id, password FROM users ORDER BY 1 --";
const searchSql = `SELECT id, username FROM users WHERE username = '${search}'`;
const { rows: leaked } = await db.query<{ id: number; username: string }>(searchSql);
console.log(
	`  → the "usernames" returned are the passwords: ${leaked.map((r) => r.username).join(', ')}`,
);

console.log("3. String-built query, an honest user named O'Brien");
try {
	await loginUnsafe("O'Brien", 'not-a-real-password-3');
} catch (error) {
	console.log(`  → Postgres: ${(error as Error).message}`);
}

console.log('4. Parameterised query, same inputs');
console.log(
	`  attack   → logged in as: ${(await loginSafe(attack.username, attack.password)) ?? 'nobody'}`,
);
console.log(
	`  O'Brien  → logged in as: ${(await loginSafe("O'Brien", 'not-a-real-password-3')) ?? 'nobody'}`,
);
const { rows: none } = await db.query('SELECT id, username FROM users WHERE username = $1', [
	search,
]);
console.log(
	`  UNION search → rows: ${none.length} (it looked for a user literally named ${JSON.stringify(search)})`,
);
await db.close();
