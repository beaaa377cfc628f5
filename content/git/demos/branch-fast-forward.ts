// A branch is a movable name for a commit. When main has not moved since the branch was made,
// merging the branch back only slides main forward: a fast-forward, with no merge commit.
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
await commitFile('Buy milk\n', 'Start the list');

// git switch -c search
await git.branch({ fs, dir, ref: 'search', checkout: true });
console.log('on branch:', await git.currentBranch({ fs, dir }));
await commitFile('Buy milk\nAdd a search box\n', 'Plan search');
await commitFile('Buy milk\nAdd a search box\nTest search\n', 'Plan tests');

const before = await git.resolveRef({ fs, dir, ref: 'main' });
console.log(`main is still at ${before.slice(0, 7)}; search is 2 commits ahead`);

// git switch main && git merge search
await git.checkout({ fs, dir, ref: 'main' });
const result = await git.merge({ fs, dir, ours: 'main', theirs: 'search', author: author() });
await git.checkout({ fs, dir, ref: 'main' }); // update the working tree to the new main
console.log('merge result:', {
	fastForward: result.fastForward ?? false,
	oid: result.oid?.slice(0, 7),
});

const main = await git.resolveRef({ fs, dir, ref: 'main' });
const search = await git.resolveRef({ fs, dir, ref: 'search' });
console.log(`main and search now point to the same commit: ${main === search}`);
console.log(
	'notes.txt on main:',
	JSON.stringify(await fs.promises.readFile(`${dir}/notes.txt`, 'utf8')),
);

const log = await git.log({ fs, dir, ref: 'main' });
drawCommitGraph(log, { main, search }, 'After the fast-forward merge: main slid forward to search');
