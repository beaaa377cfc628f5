// A real Git repository, in memory: isomorphic-git is Git written in JavaScript, memfs a file
// system that lives in RAM. Every command below is the library form of the one in the chapter.
import git from 'isomorphic-git';
import { Volume, createFsFromVolume } from 'memfs';
import { drawCommitGraph } from 'demo-kit/commit-graph';

const fs = createFsFromVolume(new Volume());
const dir = '/notes-app';
let clock = 1_700_000_000; // fixed times make the commit hashes the same on every run
const author = () => ({
	name: 'Ada',
	email: 'ada@example.com',
	timestamp: clock++,
	timezoneOffset: 0,
});

await git.init({ fs, dir, defaultBranch: 'main' });

// git status reports the working tree and the index, never the remote.
async function status(label: string) {
	const matrix = await git.statusMatrix({ fs, dir });
	const lines = matrix.map(([file, head, workdir, stage]) => {
		if (head === 0 && stage === 0) return `${file}: untracked`;
		if (workdir !== stage) return `${file}: modified, not staged`;
		if (head !== stage) return `${file}: staged for the next commit`;
		return `${file}: unchanged`;
	});
	console.log(`${label} →`, lines.length ? lines.join('; ') : 'nothing yet');
}

await fs.promises.writeFile(`${dir}/notes.txt`, 'Buy milk\n');
await status('after writing notes.txt');

await git.add({ fs, dir, filepath: 'notes.txt' });
await status('after git add');

const first = await git.commit({ fs, dir, message: 'Add shopping list', author: author() });
console.log(
	`git commit → ${first.slice(0, 7)} (stored in this repository only: nothing is pushed)`,
);

await fs.promises.writeFile(`${dir}/notes.txt`, 'Buy milk\nCall Grace\n');
await status('after editing notes.txt');
await git.add({ fs, dir, filepath: 'notes.txt' });
await git.commit({ fs, dir, message: 'Add a reminder', author: author() });

await fs.promises.writeFile(`${dir}/app.py`, 'print("notes")\n');
await git.add({ fs, dir, filepath: 'app.py' });
await git.commit({ fs, dir, message: 'Add app.py', author: author() });

const log = await git.log({ fs, dir });
console.log('git log (newest first):');
for (const { oid, commit } of log) console.log(`  ${oid.slice(0, 7)} ${commit.message.trim()}`);

drawCommitGraph(log, { main: log[0]!.oid }, 'History of main after three commits');
