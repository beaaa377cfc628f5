// Deleting a secret in a new commit does not delete it from history: every older snapshot still
// holds it, and anyone with a clone can read it back. (The key below is fake, made up for this demo.)
import git from 'isomorphic-git';
import { Volume, createFsFromVolume } from 'memfs';
import { drawCommitGraph } from 'demo-kit/commit-graph';

const fs = createFsFromVolume(new Volume());
const dir = '/notes-app';
let clock = 1_700_000_000;
const author = () => ({
	name: 'Ada',
	email: 'ada@example.com',
	timestamp: clock++,
	timezoneOffset: 0,
});
const short = (oid: string) => oid.slice(0, 7);
const needle = 'API_KEY';

async function commitFiles(files: Record<string, string>, message: string) {
	for (const [file, content] of Object.entries(files)) {
		await fs.promises.writeFile(`${dir}/${file}`, content);
		await git.add({ fs, dir, filepath: file });
	}
	return git.commit({ fs, dir, message, author: author() });
}

await git.init({ fs, dir, defaultBranch: 'main' });
await commitFiles({ 'app.py': 'print("notes")\n', 'settings.env': 'DEBUG=true\n' }, 'Add the app');
await commitFiles(
	{ 'settings.env': 'DEBUG=true\nAPI_KEY=demo-not-a-real-key-1234\n' },
	'Connect to the notes API',
);
await commitFiles({ 'settings.env': 'DEBUG=true\n' }, 'Remove the API key');

// The working tree (what you see in your editor) is clean...
const files = (await fs.promises.readdir(dir)).map(String).filter((name) => name !== '.git');
const dirty: string[] = [];
for (const file of files) {
	if (String(await fs.promises.readFile(`${dir}/${file}`, 'utf8')).includes(needle))
		dirty.push(file);
}
console.log(`working tree: ${needle} found in ${dirty.length} of ${files.length} files`);

// ...but history is not. Count the string in every commit's snapshot and mark the commits where
// the count changes: those are exactly the commits `git log -S API_KEY` would list.
const log = await git.log({ fs, dir, ref: 'main' });
console.log(`${needle} in every snapshot, oldest first (git log -S lists the marked commits):`);
let before = 0;
let introducedIn = '';
for (const { oid, commit } of [...log].reverse()) {
	let count = 0;
	for (const filepath of await git.listFiles({ fs, dir, ref: oid })) {
		const { blob } = await git.readBlob({ fs, dir, oid, filepath });
		count += new TextDecoder().decode(blob).split(needle).length - 1;
	}
	const change = count > before ? ' ← introduced here' : count < before ? ' ← removed here' : '';
	if (count > before && !introducedIn) introducedIn = oid;
	console.log(
		`  ${short(oid)} ${commit.message.trim()}: ${count} match${count === 1 ? '' : 'es'}${change}`,
	);
	before = count;
}

// Read the file as it was in the commit that introduced it: the "deleted" key comes back.
const { blob } = await git.readBlob({ fs, dir, oid: introducedIn, filepath: 'settings.env' });
const leaked = new TextDecoder()
	.decode(blob)
	.split('\n')
	.find((line) => line.includes(needle));
console.warn(`recovered from ${short(introducedIn)}:settings.env → ${leaked}`);

console.info(
	[
		'If this had been a real key:',
		'1. Rotate it first: revoke it with the service that issued it and create a new one.',
		'2. Only then, if needed, rewrite history: git filter-repo --replace-text <file of strings>, or --invert-paths --path settings.env.',
		'3. Force-push the rewritten branches and tell collaborators to re-clone.',
		'4. Keep the new key in an untracked file (such as .env) listed in .gitignore.',
	].join('\n'),
);

drawCommitGraph(
	log,
	{ main: log[0]!.oid },
	`The key is gone from main's newest snapshot, but ${short(introducedIn)} still contains it`,
);
