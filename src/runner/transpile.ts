/**
 * Turns a reader's TypeScript into a JavaScript module the sandbox can import from a blob: URL.
 * - sucrase strips types without moving code, so line N of the output is line N of the input and
 *   error line numbers need no source map (it measured fastest of the in-browser options: see
 *   the runner issue's closing note).
 * - es-module-lexer finds every import specifier so allowed packages can be pointed at their
 *   prebuilt bundles and anything else refused with a message that names the package.
 */
import { init, parse } from 'es-module-lexer';
import { transform } from 'sucrase';
import { libraryFile, isAllowedLibrary, ALLOWED_LIBRARIES } from './libraries';

export class DemoCompileError extends Error {
	constructor(
		message: string,
		readonly kind: 'syntax' | 'import',
		readonly line: number | null,
	) {
		super(message);
		this.name = 'DemoCompileError';
	}
}

export interface CompiledDemo {
	code: string;
	/** Allowed packages the demo imports, e.g. ["isomorphic-git", "memfs"]. */
	libraries: string[];
}

// The lexer compiles a small WebAssembly module; do it once per sandbox, not once per run.
let lexerReady: Promise<void> | null = null;

export async function compileDemo(source: string, libraryBase: string): Promise<CompiledDemo> {
	let js: string;
	try {
		js = transform(source, {
			transforms: ['typescript'],
			disableESTransforms: true,
			keepUnusedImports: false,
		}).code;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = /\((\d+):\d+\)/.exec(message)?.[1];
		throw new DemoCompileError(
			message.replace(/\s*\(\d+:\d+\)$/, ''),
			'syntax',
			line ? Number(line) : null,
		);
	}
	await (lexerReady ??= init());
	const [imports] = parse(js);
	const libraries = new Set<string>();
	let out = '';
	let last = 0;
	for (const entry of imports) {
		const specifier = entry.specifier;
		// import(expression) and import.meta: left alone (an import() of an expression fails at run time).
		if (specifier === undefined || specifier === null) continue;
		if (!isAllowedLibrary(specifier)) {
			const line = js.slice(0, entry.start).split('\n').length;
			throw new DemoCompileError(
				`Cannot import "${specifier}": demos can import only ${ALLOWED_LIBRARIES.join(', ')}.`,
				'import',
				line,
			);
		}
		libraries.add(specifier);
		const url = libraryBase + libraryFile(specifier);
		// For import('x') the lexer's range includes the quotes; for static imports it does not.
		out += js.slice(last, entry.start) + (entry.type === 'dynamic' ? JSON.stringify(url) : url);
		last = entry.end;
	}
	return { code: out + js.slice(last), libraries: [...libraries] };
}
