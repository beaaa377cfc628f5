/**
 * What a demo gets when it imports "@electric-sql/pglite" in the browser: the real PGlite, given
 * the WebAssembly module, file-system bundle and pre-initialised database that the host page
 * fetched and the sandbox compiled (see sandbox/main.ts). Without them (in Node) it is unchanged.
 */
import { PGlite as RealPGlite, type PGliteOptions } from '@electric-sql/pglite-real';

export * from '@electric-sql/pglite-real';

interface PreparedRuntime {
	pgliteWasmModule: WebAssembly.Module;
	initdbWasmModule: WebAssembly.Module;
	fsBundle: Blob;
	initialDataDir: Blob;
}

function withRuntime<T extends PGliteOptions | undefined>(options: T): PGliteOptions {
	const runtime = (globalThis as { __demoPglite?: PreparedRuntime }).__demoPglite;
	if (!runtime) return options ?? {};
	const { initialDataDir, ...modules } = runtime;
	// A fresh in-memory database starts from the dump made at build time instead of running
	// initdb (about 4 s) on every Run.
	const fresh = !options?.dataDir && !options?.loadDataDir;
	return { ...modules, ...(fresh ? { loadDataDir: initialDataDir } : {}), ...options };
}

export class PGlite extends RealPGlite {
	constructor(dataDirOrOptions?: string | PGliteOptions, options?: PGliteOptions) {
		if (typeof dataDirOrOptions === 'string') super(dataDirOrOptions, withRuntime(options));
		else super(withRuntime(dataDirOrOptions));
	}

	static override async create<O extends PGliteOptions>(
		dataDirOrOptions?: string | O,
		options?: O,
	): Promise<PGlite & RealPGlite> {
		const db =
			typeof dataDirOrOptions === 'string'
				? new PGlite(dataDirOrOptions, options)
				: new PGlite(dataDirOrOptions);
		await db.waitReady;
		return db as PGlite & RealPGlite;
	}
}
