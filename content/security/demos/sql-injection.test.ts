import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it("sql-injection: ' OR '1'='1 logs in as admin through string building; parameters hold", async () => {
	const lines = await runDemo(() => import('./sql-injection'));
	expect(lines).toContain(
		"  SQL sent: SELECT id, username FROM users WHERE username = 'alice' AND password = '' OR '1'='1'",
	);
	expect(lines.find((l) => l.startsWith('  → logged in as:'))).toMatch(
		/^ {2}→ logged in as: admin /,
	);
	expect(lines).toContain(
		'  → the "usernames" returned are the passwords: not-a-real-password-1, not-a-real-password-2, not-a-real-password-3',
	);
	expect(lines).toContain('  → Postgres: syntax error at or near "Brien"');
	// The parameterised query: the attack fails, the honest apostrophe works, the UNION finds nothing.
	expect(lines).toContain('  attack   → logged in as: nobody');
	expect(lines).toContain("  O'Brien  → logged in as: O'Brien");
	expect(lines.find((l) => l.startsWith('  UNION search'))).toMatch(/rows: 0 /);
}, 60_000);
