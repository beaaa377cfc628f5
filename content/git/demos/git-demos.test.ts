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
});
