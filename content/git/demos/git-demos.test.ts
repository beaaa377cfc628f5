// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

describe('git demos on a real in-memory repository', () => {
	it('commits-and-log: status follows add and commit, the log lists three commits', async () => {
		const lines = await runDemo(() => import('./commits-and-log'));
		expect(lines).toContain('after writing notes.txt → notes.txt: untracked');
		expect(lines).toContain('after git add → notes.txt: staged for the next commit');
		expect(lines).toContain('after editing notes.txt → notes.txt: modified, not staged');
		const log = lines.slice(lines.indexOf('git log (newest first):') + 1);
		expect(log.map((line) => line.slice(10))).toEqual([
			'Add app.py',
			'Add a reminder',
			'Add shopping list',
		]);
		expect(document.querySelectorAll('#output svg circle')).toHaveLength(3);
	});

	it('branch-fast-forward: main moves to the branch tip without a merge commit', async () => {
		const lines = await runDemo(() => import('./branch-fast-forward'));
		expect(lines).toContain('on branch: search');
		expect(lines.find((l) => l.startsWith('merge result:'))).toContain('fastForward: true');
		expect(lines).toContain('main and search now point to the same commit: true');
		expect(lines).toContain('notes.txt on main: "Buy milk\\nAdd a search box\\nTest search\\n"');
		expect(document.querySelector('#output svg title')?.textContent).toContain('0 merge commits');
	});

	it('merge-conflict: reports the conflict in notes.txt, shows markers, commits a two-parent merge', async () => {
		const lines = await runDemo(() => import('./merge-conflict'));
		expect(lines).toContain('CONFLICT in notes.txt: both branches changed the same line');
		const markers = lines.find((l) => l.startsWith('notes.txt now contains the markers:'))!;
		expect(markers).toMatch(
			/<<<<<<< main\nColour: green\n=======\nColour: black\n>>>>>>> dark-mode/,
		);
		expect(lines.find((l) => l.startsWith('merge commit'))).toMatch(/has 2 parents$/);
		expect(document.querySelector('#output svg title')?.textContent).toContain('1 merge commit;');
	});

	it('reset-vs-revert: revert adds a 4th commit, reset leaves 2 and the bad commit unreachable but readable', async () => {
		const lines = await runDemo(() => import('./reset-vs-revert'));
		const original = 'app.py on main → "print(open(\\"notes.txt\\").read())\\n"';

		// revert: history grows, the bad commit stays in it, app.py is back to the original.
		expect(lines).toContain('revert: git log → 4 commits');
		const revertLog = lines.slice(lines.indexOf('revert: git log → 4 commits') + 1).slice(0, 4);
		expect(revertLog.map((line) => line.slice(10))).toEqual([
			'Revert "Tidy app.py"',
			'Tidy app.py',
			'Print the notes',
			'Start the list',
		]);
		const bad = revertLog[1]!.slice(2, 9);
		expect(lines).toContain(`revert: ${original}`);
		expect(lines).toContain(`revert: bad commit ${bad} in main's history: true`);

		// reset: history shrinks, the bad commit is gone from main but still in the object store.
		expect(lines).toContain('reset: git log → 2 commits');
		const resetLog = lines.slice(lines.indexOf('reset: git log → 2 commits') + 1).slice(0, 2);
		expect(resetLog.map((line) => line.slice(10))).toEqual(['Print the notes', 'Start the list']);
		expect(resetLog.join('\n')).not.toContain(bad);
		expect(lines).toContain(`reset: ${original}`);
		expect(lines).toContain(`reset: bad commit ${bad} in main's history: false`);
		expect(lines).toContain(`reset: git.readCommit(${bad}) still finds "Tidy app.py"`);

		const titles = [...document.querySelectorAll('#output svg title')].map((t) => t.textContent);
		expect(titles).toHaveLength(2);
		expect(titles[0]).toContain('4 commits, 0 merge commits');
		expect(titles[1]).toContain('2 commits, 0 merge commits');
	});

	it('secret-in-history: the key is gone from the working tree but recovered from the commit that added it', async () => {
		const lines = await runDemo(() => import('./secret-in-history'));
		expect(lines).toContain('working tree: API_KEY found in 0 of 2 files');

		const introduced = lines.find((l) => l.endsWith('← introduced here'))!;
		expect(introduced).toMatch(
			/^ {2}[0-9a-f]{7} Connect to the notes API: 1 match ← introduced here$/,
		);
		expect(lines.find((l) => l.endsWith('← removed here'))).toMatch(
			/Remove the API key: 0 matches/,
		);
		const id = introduced.trim().slice(0, 7);
		expect(lines).toContain(`recovered from ${id}:settings.env → API_KEY=demo-not-a-real-key-1234`);

		const guidance = lines.find((l) => l.startsWith('If this had been a real key:'))!;
		expect(guidance.indexOf('Rotate')).toBeLessThan(guidance.indexOf('git filter-repo'));
		expect(guidance).toContain('.gitignore');
		expect(document.querySelector('#output svg title')?.textContent).toContain(
			`${id} still contains it. 3 commits`,
		);
	});
});
