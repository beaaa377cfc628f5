import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Builds small broken copies of the content (tests/fixtures/*) with the real config and asserts
 * that the build fails and says what is wrong and where.
 */
const scratch = mkdtempSync(join(tmpdir(), 'study-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

function astro(command: 'sync' | 'build' | 'check', fixture: string, ...args: string[]) {
	const result = spawnSync('npx', ['astro', command, ...args], {
		encoding: 'utf8',
		env: {
			...process.env,
			STUDY_CONTENT_DIR: `./tests/fixtures/${fixture}/content`,
			STUDY_OUT_DIR: join(scratch, fixture, 'dist'),
			STUDY_CACHE_DIR: join(scratch, fixture, 'cache'),
			FORCE_COLOR: '0',
		},
	});
	// Astro colours its output even with FORCE_COLOR=0; strip the escapes before matching.
	const output = `${result.stdout}\n${result.stderr}`.replace(ANSI_COLOUR, '');
	return { status: result.status, output };
}

describe('the build refuses broken content', () => {
	it('names the file and the field when a chapter field has the wrong type', () => {
		const { status, output } = astro('sync', 'wrong-type');
		expect(status).not.toBe(0);
		expect(output).toContain('docs → git data does not match collection schema');
		expect(output).toContain('lecture: Expected type `"number"`, received `"string"`');
		expect(output).toContain('tests/fixtures/wrong-type/content/git/index.mdx');
	}, 120_000);

	it('names the file and the field when a chapter leaves out a required field', () => {
		const { status, output } = astro('sync', 'missing-field');
		expect(status).not.toBe(0);
		expect(output).toContain('summary: Chapters must set "summary" in their frontmatter');
		expect(output).toContain('tests/fixtures/missing-field/content/git/index.mdx');
	}, 120_000);

	it('names the quiz file and the item when quiz data is invalid', () => {
		const { status, output } = astro('sync', 'bad-quiz');
		expect(status).not.toBe(0);
		expect(output).toContain('quizzes → git data does not match collection schema');
		expect(output).toContain(
			'Item "fixture-answer-out-of-range": answer 2 is out of range (it has 2 choices, numbered from 0)',
		);
		expect(output).toContain('tests/fixtures/bad-quiz/content/git/quiz.yaml');
	}, 120_000);

	it('names the src when a chapter embeds a demo file that does not exist', () => {
		const { status, output } = astro('build', 'unknown-demo');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'<Demo src="git/demos/does-not-exist.ts">: no file content/git/demos/does-not-exist.ts',
		);
	}, 120_000);

	it('names the demo file and line when a demo does not type-check', () => {
		// The fixture's tsconfig is written here, not committed: a tsconfig inside the project
		// would make the project's own `astro check` adopt the deliberately broken file.
		const tsconfig = join(scratch, 'bad-demo.tsconfig.json');
		writeFileSync(
			tsconfig,
			JSON.stringify({
				extends: resolve('tsconfig.json'),
				include: [resolve('tests/fixtures/bad-demo/content/git/demos/typo.ts')],
				exclude: [],
			}),
		);
		const { status, output } = astro('check', 'bad-demo', '--tsconfig', tsconfig);
		expect(status).not.toBe(0);
		expect(output).toContain('tests/fixtures/bad-demo/content/git/demos/typo.ts:2');
		expect(output).toContain("Type 'string' is not assignable to type 'number'");
	}, 120_000);

	it('names the page and the link when an internal link or anchor is broken', () => {
		const { status, output } = astro('build', 'broken-link');
		expect(status).not.toBe(0);
		expect(output).toContain('Broken internal links (2)');
		expect(output).toContain('on /git/: /no-such-chapter/ (no such page)');
		expect(output).toContain('on /git/: #not-a-heading (no element with id "not-a-heading")');
	}, 120_000);
});
