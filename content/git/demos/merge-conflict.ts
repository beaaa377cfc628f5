// Two branches change the same line of notes.txt. Git cannot choose for you, so the merge stops
// with conflict markers in the file; you edit it, stage it, and commit a merge with two parents.
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

async function commitFile(content: string, message: string) {
	await fs.promises.writeFile(`${dir}/notes.txt`, content);
	await git.add({ fs, dir, filepath: 'notes.txt' });
	return git.commit({ fs, dir, message, author: author() });
}

await git.init({ fs, dir, defaultBranch: 'main' });
await commitFile('Title: Notes\nColour: blue\n', 'Start notes');

await git.branch({ fs, dir, ref: 'dark-mode', checkout: true });
const theirs = await commitFile('Title: Notes\nColour: black\n', 'Use a dark colour');

await git.checkout({ fs, dir, ref: 'main' });
const ours = await commitFile('Title: Notes\nColour: green\n', 'Use a calmer colour');

try {
	await git.merge({
		fs,
		dir,
		ours: 'main',
		theirs: 'dark-mode',
		abortOnConflict: false,
		author: author(),
	});
} catch (error) {
	if (!(error instanceof git.Errors.MergeConflictError)) throw error;
	console.warn(
		`CONFLICT in ${error.data.filepaths.join(', ')}: both branches changed the same line`,
	);
}

const conflicted = await fs.promises.readFile(`${dir}/notes.txt`, 'utf8');
console.log('notes.txt now contains the markers:\n' + conflicted);

// Resolve: write the version you want, stage it, commit with both branch tips as parents.
await fs.promises.writeFile(`${dir}/notes.txt`, 'Title: Notes\nColour: dark green\n');
await git.add({ fs, dir, filepath: 'notes.txt' });
const merge = await git.commit({
	fs,
	dir,
	message: "Merge branch 'dark-mode'",
	author: author(),
	parent: [ours, theirs],
});
const { commit } = await git.readCommit({ fs, dir, oid: merge });
console.log(`merge commit ${merge.slice(0, 7)} has ${commit.parent.length} parents`);

const log = await git.log({ fs, dir, ref: 'main' });
drawCommitGraph(
	log,
	{ main: merge, 'dark-mode': theirs },
	'After resolving the conflict: a merge commit joins both lines of work',
);
