import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every demo file is a module that a Vitest test in its folder actually runs. */
const demoDirs = readdirSync('content', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => join('content', entry.name, 'demos'))
	.filter((dir) => {
		try {
			return readdirSync(dir).length > 0;
		} catch {
			return false;
		}
	});

const demos = demoDirs.flatMap((dir) =>
	readdirSync(dir)
		.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
		.map((file) => ({ dir, file })),
);

describe('demo files', () => {
	it('exist', () => expect(demos.length).toBeGreaterThan(0));

	it.each(demos)('$dir/$file is run by a test beside it', ({ dir, file }) => {
		const tests = readdirSync(dir)
			.filter((name) => name.endsWith('.test.ts'))
			.map((name) => readFileSync(join(dir, name), 'utf8'))
			.join('\n');
		expect(tests).toContain(`import('./${file.replace(/\.ts$/, '')}')`);
	});

	it.each(demos)('$dir/$file is embedded by its chapter', ({ dir, file }) => {
		const chapter = readFileSync(join(dir, '..', 'index.mdx'), 'utf8');
		const src = `${dir.replace(/^content\//, '')}/${file}`;
		expect(chapter).toContain(`<Demo src="${src}"`);
	});
});
