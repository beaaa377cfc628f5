import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Builds small broken copies of the content (tests/fixtures/*) with the real config and asserts
 * that the build fails and says what is wrong and where.
 */
const scratch = mkdtempSync(join(tmpdir(), 'study-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function astro(command: 'sync' | 'build', fixture: string) {
	const result = spawnSync('npx', ['astro', command], {
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
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
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

	it('names the page and the link when an internal link or anchor is broken', () => {
		const { status, output } = astro('build', 'broken-link');
		expect(status).not.toBe(0);
		expect(output).toContain('Broken internal links (2)');
		expect(output).toContain('on /git/: /no-such-chapter/ (no such page)');
		expect(output).toContain('on /git/: #not-a-heading (no element with id "not-a-heading")');
	}, 120_000);
});
