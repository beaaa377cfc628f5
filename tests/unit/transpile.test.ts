import { describe, expect, it } from 'vitest';
import { compileDemo, DemoCompileError } from '../../src/runner/transpile';
import { runtimeImportedBy } from '../../src/runner/libraries';

const BASE = 'https://site.test/runner/lib/';

describe('compileDemo', () => {
	it('strips types without moving lines, so error line numbers match the reader’s source', async () => {
		const source =
			'const a: number = 1;\ninterface P { x: number }\nconst p: P = { x: a };\nthrow new Error("line 4");\n';
		const { code } = await compileDemo(source, BASE);
		expect(code.split('\n')[3]).toContain('throw new Error("line 4")');
		expect(code).not.toContain(': number');
	});

	it('points allowed packages at their prebuilt bundles and lists them', async () => {
		const source =
			"import git from 'isomorphic-git';\nimport { Volume } from 'memfs';\nconsole.log(git, Volume);\n";
		const { code, libraries } = await compileDemo(source, BASE);
		expect(code).toContain(`import git from '${BASE}isomorphic-git.js'`);
		expect(code).toContain(`from '${BASE}memfs.js'`);
		expect(libraries).toEqual(['isomorphic-git', 'memfs']);
	});

	it('rewrites dynamic imports of allowed packages too', async () => {
		const { code } = await compileDemo(
			"const { Hono } = await import('hono');\nconsole.log(Hono);\n",
			BASE,
		);
		expect(code).toContain(`import("${BASE}hono.js")`);
	});

	it('refuses a package outside the allow-list, naming it and the line', async () => {
		const error = await compileDemo(
			"const x = 1;\nimport _ from 'lodash';\nconsole.log(_(x));\n",
			BASE,
		).catch((e) => e);
		expect(error).toBeInstanceOf(DemoCompileError);
		expect(error.kind).toBe('import');
		expect(error.line).toBe(2);
		expect(error.message).toMatch(
			/^Cannot import "lodash": demos can import only isomorphic-git, /,
		);
	});

	it('reports a syntax error with its line', async () => {
		const error = await compileDemo('const ok = 1;\nconst = 2;\n', BASE).catch((e) => e);
		expect(error).toBeInstanceOf(DemoCompileError);
		expect(error.kind).toBe('syntax');
		expect(error.line).toBe(2);
	});
});

describe('runtimeImportedBy', () => {
	it('spots a demo that will need PGlite before it is compiled', () => {
		expect(runtimeImportedBy("import { PGlite } from '@electric-sql/pglite';")).toBe('pglite');
		expect(runtimeImportedBy('import { drizzle } from "drizzle-orm/pglite";')).toBe('pglite');
		expect(runtimeImportedBy("import { Hono } from 'hono';")).toBeNull();
	});
});
