// Two ways to undo a bad commit, tried on two copies of the same history: revert adds a commit
// that undoes it, reset moves the branch back so the commit is no longer part of main.
import git from 'isomorphic-git';
import { Volume, createFsFromVolume } from 'memfs';
import { drawCommitGraph } from 'demo-kit/commit-graph';

const fs = createFsFromVolume(new Volume());
let clock = 0;
const author = () => ({
	name: 'Ada',
	email: 'ada@example.com',
	timestamp: clock++,
	timezoneOffset: 0,
});
const short = (oid: string) => oid.slice(0, 7);

// Three commits; the third has a typo (note.txt) that breaks the app. Same times, same hashes.
async function threeCommits(dir: string) {
	clock = 1_700_000_000;
	await git.init({ fs, dir, defaultBranch: 'main' });
	const steps = [
		['notes.txt', 'Buy milk\n', 'Start the list'],
		['app.py', 'print(open("notes.txt").read())\n', 'Print the notes'],
		['app.py', 'print(open("note.txt").read())\n', 'Tidy app.py'],
	];
	for (const [file, content, message] of steps) {
		await fs.promises.writeFile(`${dir}/${file}`, content!);
		await git.add({ fs, dir, filepath: file! });
		await git.commit({ fs, dir, message: message!, author: author() });
	}
	const bad = await git.resolveRef({ fs, dir, ref: 'main' });
	const { commit } = await git.readCommit({ fs, dir, oid: bad });
	return { bad, parent: commit.parent[0]!, message: commit.message.trim() };
}

// Print main's history, whether the bad commit is in it, and app.py in main's newest snapshot.
async function show(label: string, dir: string, bad: string) {
	const log = await git.log({ fs, dir, ref: 'main' });
	console.log(`${label}: git log → ${log.length} commits`);
	for (const { oid, commit } of log)
		console.log(`  ${short(oid)} ${commit.message.split('\n')[0]}`);
	const { blob } = await git.readBlob({ fs, dir, oid: log[0]!.oid, filepath: 'app.py' });
	console.log(`${label}: app.py on main →`, JSON.stringify(new TextDecoder().decode(blob)));
	console.log(
		`${label}: bad commit ${short(bad)} in main's history:`,
		log.some((e) => e.oid === bad),
	);
	return log;
}

// 1. git revert <bad>. isomorphic-git has no revert command, so we do its job by hand. Real
// revert applies the *inverse* of the bad commit's changes on top of HEAD. Here the bad commit
// is HEAD itself, so that inverse is exactly "restore the files it changed to its parent's
// version" (git restore --source=<parent> --staged --worktree app.py), then commit. If later
// commits had also edited app.py, real revert would need a three-way merge instead.
const revertDir = '/undo-with-revert';
const r = await threeCommits(revertDir);
await git.checkout({
	fs,
	dir: revertDir,
	ref: r.parent,
	filepaths: ['app.py'],
	noUpdateHead: true,
	force: true,
});
await git.commit({
	fs,
	dir: revertDir,
	message: `Revert "${r.message}"\n\nThis reverts commit ${r.bad}.\n`,
	author: author(),
});
const revertLog = await show('revert', revertDir, r.bad);

// 2. git reset --hard HEAD~1: point main at the parent, then make the index and files match it.
const resetDir = '/undo-with-reset';
const s = await threeCommits(resetDir);
await git.writeRef({ fs, dir: resetDir, ref: 'refs/heads/main', value: s.parent, force: true });
await git.checkout({ fs, dir: resetDir, ref: 'main', force: true });
const resetLog = await show('reset', resetDir, s.bad);

// Unreachable is not deleted: the object stays in .git until garbage collection removes it.
const orphan = await git.readCommit({ fs, dir: resetDir, oid: s.bad });
console.log(`reset: git.readCommit(${short(s.bad)}) still finds "${orphan.commit.message.trim()}"`);

drawCommitGraph(
	revertLog,
	{ main: revertLog[0]!.oid },
	'After revert: 4 commits, the mistake and its undo both kept in history',
);
drawCommitGraph(
	resetLog,
	{ main: resetLog[0]!.oid },
	`After reset --hard: main moved back to 2 commits; ${short(s.bad)} is unreachable`,
);
