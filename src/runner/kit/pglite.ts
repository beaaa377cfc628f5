/**
 * What a demo gets when it imports "@electric-sql/pglite" in the browser: the real PGlite, given
 * the WebAssembly module, file-system bundle and pre-initialised database that the host page
 * fetched and the sandbox compiled (see sandbox/main.ts). Without them (in Node) it is unchanged.
 *
 * Two things make a second Run fast: a fresh database starts from a dump made at build time
 * instead of running initdb (about 4 s), and one spare fresh database (already queried once) is
 * prepared as soon as a run that used one is over, so `PGlite.create()` with no arguments then
 * returns at once. Databases from the previous run are
 * closed when the next run starts, so repeated runs do not pile up memory.
 */
import { PGlite as RealPGlite, type PGliteOptions } from '@electric-sql/pglite-real';

export * from '@electric-sql/pglite-real';

interface PreparedRuntime {
	pgliteWasmModule: WebAssembly.Module;
	initdbWasmModule: WebAssembly.Module;
	fsBundle: Blob;
	initialDataDir: Blob;
}

interface SandboxHooks {
	__demoPglite?: PreparedRuntime;
	__demoBeforeRun?: Array<() => void>;
	__demoAfterRun?: Array<() => void>;
	/** Announces a busy stretch to the watchdog; the returned function ends it. */
	__demoBusy?: (ms: number) => Promise<() => void>;
}

/**
 * Starting Postgres blocks the sandbox for a few seconds (more on a busy machine); the watchdog
 * is told before, and told again when it is over. This is only the ceiling.
 */
const STARTUP_MS = 20_000;

/** Runs `work` inside an announced busy stretch (in Node, where there is no sandbox, just runs it). */
async function whileBusy<T>(work: () => Promise<T>): Promise<T> {
	const end = await sandbox.__demoBusy?.(STARTUP_MS);
	try {
		return await work();
	} finally {
		end?.();
	}
}

const sandbox = globalThis as SandboxHooks;
const openedThisRun = new Set<RealPGlite>();
let spare: Promise<PGlite> | null = null;
/** Whether this run created a database, so the next one will probably want one too. */
let usedThisRun = false;

// Prepare the next run's database once this run's own work is over, not while it still runs.
sandbox.__demoAfterRun?.push(() => {
	if (!usedThisRun) return;
	usedThisRun = false;
	warmSpare();
});

sandbox.__demoBeforeRun?.push(() => {
	// Shutting a database down blocks for a moment; do it once the new run is under way, and
	// tell the watchdog first.
	const previous = [...openedThisRun];
	openedThisRun.clear();
	if (previous.length === 0) return;
	setTimeout(() => {
		void whileBusy(async () => {
			for (const db of previous) await db.close().catch(() => {});
		});
	}, 2000);
});

function withRuntime(options: PGliteOptions | undefined): PGliteOptions {
	const runtime = sandbox.__demoPglite;
	if (!runtime) return options ?? {};
	const { initialDataDir, ...modules } = runtime;
	const fresh = !options?.dataDir && !options?.loadDataDir;
	return { ...modules, ...(fresh ? { loadDataDir: initialDataDir } : {}), ...options };
}

function warmSpare(): void {
	if (!sandbox.__demoPglite || spare) return;
	spare = whileBusy(async () => {
		const db = new PGlite();
		openedThisRun.delete(db); // a spare belongs to no run until it is handed out
		await db.waitReady;
		// A first query loads the catalog caches; do it now rather than in the reader's run.
		await db.query('SELECT 1');
		return db;
	});
}

export class PGlite extends RealPGlite {
	constructor(dataDirOrOptions?: string | PGliteOptions, options?: PGliteOptions) {
		if (typeof dataDirOrOptions === 'string') super(dataDirOrOptions, withRuntime(options));
		else super(withRuntime(dataDirOrOptions));
		openedThisRun.add(this);
	}

	static override async create<O extends PGliteOptions>(
		dataDirOrOptions?: string | O,
		options?: O,
	): Promise<PGlite & RealPGlite> {
		let db: PGlite;
		if (dataDirOrOptions === undefined && options === undefined && spare) {
			db = await spare;
			spare = null;
			openedThisRun.add(db);
		} else {
			db = await whileBusy(async () => {
				const fresh =
					typeof dataDirOrOptions === 'string'
						? new PGlite(dataDirOrOptions, options)
						: new PGlite(dataDirOrOptions);
				await fresh.waitReady;
				return fresh;
			});
		}
		usedThisRun = true;
		return db as PGlite & RealPGlite;
	}
}
