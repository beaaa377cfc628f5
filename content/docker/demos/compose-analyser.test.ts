import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('compose-analyser: start order, health-check waits, port clashes, DNS names and obsolete keys', async () => {
	const lines = await runDemo(() => import('./compose-analyser'));
	const today = lines.slice(
		0,
		lines.findIndex((l) => l.includes('old tutorial')),
	);
	const old = lines.slice(today.length);

	// The modern file: db first, then the one-off migration, then web, then the proxy.
	expect(today).toContain('  1. db');
	expect(today).toContain('  2. migrate  (migrate waits for db: service_healthy)');
	expect(today).toContain(
		'  3. web  (web waits for db: service_healthy; web waits for migrate: service_completed_successfully)',
	);
	expect(today).toContain('  4. proxy  (proxy waits for web: service_started)');
	// Networks decide who can resolve whom: the proxy (front only) cannot see the database.
	expect(today).toContain('  proxy [front] → web');
	expect(today).toContain('  web [front, back] → db, migrate, proxy');
	expect(today).toContain('  db [back] → migrate, web');
	expect(today).toContain('problems: none');

	// The old file: version and links flagged, the port clash found, links ordering the start.
	expect(old).toContain(
		'  - obsolete: top-level "version: 3" is ignored by docker compose (delete it)',
	);
	expect(old.filter((l) => l.startsWith('  - legacy:'))).toHaveLength(3);
	expect(old).toContain(
		'  - port clash: result and vote both publish host port 5000/tcp; the second container fails to start',
	);
	expect(
		old.some((l) => l.includes('worker waits for db to be healthy, but db has no healthcheck')),
	).toBe(true);
	expect(old).toContain('  1. redis, db');
	expect(old.find((l) => l.startsWith('  2. '))).toMatch(/^ {2}2\. vote, result, worker/);
	// One default network: every service resolves every other by name.
	expect(old).toContain('  worker [default] → redis, db, vote, result');
});
