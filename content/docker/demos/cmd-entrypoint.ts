// What does `docker run image args…` actually execute? The container's first process is
// ENTRYPOINT followed by CMD, where each is stored as a list of words (argv):
//   exec form  CMD ["node", "server.ts"]  → ["node", "server.ts"], run directly as PID 1
//   shell form CMD node server.ts         → ["/bin/sh", "-c", "node server.ts"], a shell runs it
// Words after the image name in `docker run` replace CMD; --entrypoint replaces ENTRYPOINT and
// clears CMD. This resolver applies those rules and checks itself against Docker's own table.
export {};

type Form = { form: 'exec'; words: string[] } | { form: 'shell'; text: string };

/** "CMD [...]" is exec form only if the brackets hold a valid JSON array of strings. */
function parseInstruction(line: string): Form {
	const text = line.replace(/^(CMD|ENTRYPOINT)\s+/i, '').trim();
	try {
		const words: unknown = JSON.parse(text);
		if (Array.isArray(words) && words.every((w) => typeof w === 'string')) {
			return { form: 'exec', words };
		}
	} catch {
		// Not JSON (single quotes, a missing comma…): Docker silently treats it as shell form.
	}
	return { form: 'shell', text };
}

const argv = (f: Form | undefined): string[] =>
	!f ? [] : f.form === 'exec' ? f.words : ['/bin/sh', '-c', f.text];

interface Image {
	entrypoint?: string; // the ENTRYPOINT line, if any
	cmd?: string; // the CMD line, if any
}

interface Run {
	args?: string[]; // words after the image name
	entrypoint?: string; // docker run --entrypoint <program>
}

/** The process a container starts with, or an error if there is nothing to run. */
function resolve(image: Image, run: Run = {}): { argv: string[]; unused: string[] } {
	const entry: Form | undefined = run.entrypoint
		? { form: 'exec', words: [run.entrypoint] }
		: image.entrypoint
			? parseInstruction(image.entrypoint)
			: undefined;
	// Run arguments replace CMD; --entrypoint also throws the image's CMD away.
	const cmd: string[] = run.args?.length
		? run.args
		: run.entrypoint
			? []
			: argv(image.cmd ? parseInstruction(image.cmd) : undefined);
	const full = [...argv(entry), ...cmd];
	if (full.length === 0) throw new Error('no command specified');
	// A shell-form ENTRYPOINT is `sh -c "string"`: anything after the string becomes $0, $1…
	// of that shell, which the string never mentions. CMD and run arguments are effectively lost.
	const unused = entry?.form === 'shell' ? cmd : [];
	return { argv: full, unused };
}

const show = (words: string[]) =>
	words.map((w) => (/[\s"]/.test(w) ? JSON.stringify(w) : w)).join(' ');

/** What runs, as Docker's table writes it: the words the process actually uses. */
function effective(image: Image, run?: Run): string {
	try {
		const { argv: words, unused } = resolve(image, run);
		return show(words.slice(0, words.length - unused.length)).replace(/"/g, '');
	} catch (error) {
		return `error: ${(error as Error).message}`;
	}
}

// 1. Every combination in the Dockerfile reference's table ("Understand how CMD and ENTRYPOINT
//    interact"), computed by the rules above, then compared with the table itself.
const entrypoints = {
	'No ENTRYPOINT': undefined,
	'ENTRYPOINT exec_entry p1_entry': 'ENTRYPOINT exec_entry p1_entry',
	'ENTRYPOINT ["exec_entry", "p1_entry"]': 'ENTRYPOINT ["exec_entry", "p1_entry"]',
};
const cmds = {
	'No CMD': undefined,
	'CMD ["exec_cmd", "p1_cmd"]': 'CMD ["exec_cmd", "p1_cmd"]',
	'CMD ["p1_cmd", "p2_cmd"]': 'CMD ["p1_cmd", "p2_cmd"]',
	'CMD exec_cmd p1_cmd': 'CMD exec_cmd p1_cmd',
};
const documented = [
	['error', '/bin/sh -c exec_entry p1_entry', 'exec_entry p1_entry'],
	['exec_cmd p1_cmd', '/bin/sh -c exec_entry p1_entry', 'exec_entry p1_entry exec_cmd p1_cmd'],
	['p1_cmd p2_cmd', '/bin/sh -c exec_entry p1_entry', 'exec_entry p1_entry p1_cmd p2_cmd'],
	[
		'/bin/sh -c exec_cmd p1_cmd',
		'/bin/sh -c exec_entry p1_entry',
		'exec_entry p1_entry /bin/sh -c exec_cmd p1_cmd',
	],
];
const table: Record<string, Record<string, string>> = {};
let agree = 0;
Object.entries(cmds).forEach(([cmdLabel, cmd], row) => {
	table[cmdLabel] = {};
	Object.entries(entrypoints).forEach(([entryLabel, entrypoint], column) => {
		const got = effective({ cmd, entrypoint });
		table[cmdLabel]![entryLabel] = got;
		const expected = documented[row]![column]!;
		if (got === expected || (expected === 'error' && got.startsWith('error:'))) agree++;
	});
});
console.table(table);
console.log(`matches the Dockerfile reference: ${agree} of 12 cells`);

// 2. Real images. ENTRYPOINT + CMD in exec form: a command with a default argument.
const sleeper: Image = { entrypoint: 'ENTRYPOINT ["sleep"]', cmd: 'CMD ["5"]' };
const web: Image = { cmd: 'CMD ["node", "server.ts"]' };
const notes: Image = { entrypoint: 'ENTRYPOINT FLASK_APP=/opt/app.py flask run' };
const quoted: Image = { cmd: "CMD ['node', 'server.ts']" }; // single quotes are not JSON

const runs: [string, Image, Run?][] = [
	['docker run sleeper', sleeper],
	['docker run sleeper 10', sleeper, { args: ['10'] }],
	['docker run --entrypoint echo sleeper hi', sleeper, { entrypoint: 'echo', args: ['hi'] }],
	['docker run web', web],
	['docker run -it web sh', web, { args: ['sh'] }],
	['docker run notes-app --port 8000', notes, { args: ['--port', '8000'] }],
	['docker run quoted', quoted],
];
for (const [command, image, run] of runs) {
	const { argv: words, unused } = resolve(image, run);
	const note = unused.length ? `   (ignored: ${show(unused)})` : '';
	console.log(
		`${command.padEnd(42)} → ${show(words.slice(0, words.length - unused.length))}${note}`,
	);
}
