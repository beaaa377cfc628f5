import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it("cmd-entrypoint: reproduces Docker's CMD/ENTRYPOINT table and resolves real docker run commands", async () => {
	const lines = await runDemo(() => import('./cmd-entrypoint'));
	expect(lines).toContain('matches the Dockerfile reference: 12 of 12 cells');

	// Spot checks of the table itself (printed with console.table).
	const table = lines[0]!;
	expect(table).toContain('error: no command specified');
	expect(table).toContain('exec_entry p1_entry /bin/sh -c exec_cmd p1_cmd');
	expect(table).toContain('exec_entry p1_entry p1_cmd p2_cmd');

	const run = (command: string) => lines.find((l) => l.startsWith(`${command} `))!.split('→ ')[1];
	expect(run('docker run sleeper')).toBe('sleep 5'); // CMD supplies the default argument
	expect(run('docker run sleeper 10')).toBe('sleep 10'); // run arguments replace CMD only
	expect(run('docker run --entrypoint echo sleeper hi')).toBe('echo hi'); // CMD cleared
	expect(run('docker run web')).toBe('node server.ts');
	expect(run('docker run -it web sh')).toBe('sh');
	// Shell-form ENTRYPOINT: a shell runs the string and the run arguments never reach flask.
	expect(run('docker run notes-app --port 8000')).toBe(
		'/bin/sh -c "FLASK_APP=/opt/app.py flask run"   (ignored: --port 8000)',
	);
	// Single quotes are not JSON, so the "array" is handed to a shell as text.
	expect(run('docker run quoted')).toBe(`/bin/sh -c "['node', 'server.ts']"`);
});
