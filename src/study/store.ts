/**
 * The one place study data lives: an IndexedDB database in the reader's browser. Nothing leaves
 * the device. IndexedDB rather than localStorage because it is asynchronous (no jank while
 * writing), transactional (an import is all or nothing) and can index cards by due date.
 *
 * Schema versions and their migrations are listed in MIGRATIONS; opening an older database runs
 * the missing steps in order inside IndexedDB's upgrade transaction, so a failed step leaves the
 * old data untouched. Every record read is checked (records.ts); a bad one is skipped and
 * reported, and the rest still load.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
	cardProblem,
	chapterProblem,
	currentScore,
	emptyChapter,
	type CardRecord,
	type ChapterRecord,
} from './records';
import { isDue, newCard, rateCard, ratingForAnswer, type RatingName } from './scheduler';

export const DB_NAME = 'cs50web-study';
export const EXPORT_FORMAT = 'cs50web-study';

type Upgrade = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Step n upgrades a database at version n to n + 1. Never edit a shipped step; add one. */
export const MIGRATIONS: Array<(db: IDBPDatabase, tx: Upgrade) => Promise<void> | void> = [
	// 0 → 1: chapters keyed by slug; one review card per quiz item.
	(db) => {
		db.createObjectStore('chapters', { keyPath: 'slug' });
		db.createObjectStore('cards', { keyPath: 'id' });
	},
	// 1 → 2: cards gain `dueMs` (the due date as a number) and an index on it, so the review
	// page asks for due cards instead of reading every card.
	async (_db, tx) => {
		const cards = tx.objectStore('cards');
		cards.createIndex('dueMs', 'dueMs');
		let cursor = await cards.openCursor();
		while (cursor) {
			const value = cursor.value as Partial<CardRecord>;
			const due = Date.parse(value.card?.due ?? '');
			if (!Number.isNaN(due)) await cursor.update({ ...value, dueMs: due });
			cursor = await cursor.continue();
		}
	},
];
export const DB_VERSION = MIGRATIONS.length;

export interface StoreProblem {
	store: 'chapters' | 'cards';
	key: string;
	problem: string;
}

export interface StudyExport {
	format: typeof EXPORT_FORMAT;
	version: number;
	exportedAt: string;
	chapters: ChapterRecord[];
	cards: CardRecord[];
}

export class ImportError extends Error {}

type Listener = () => void;

export class StudyStore {
	/** Records that could not be read, most recent read only. */
	problems: StoreProblem[] = [];
	readonly #db: IDBPDatabase;
	readonly #listeners = new Set<Listener>();
	readonly #channel: BroadcastChannel | null;

	constructor(db: IDBPDatabase) {
		this.#db = db;
		// Other tabs of the site hear about changes too (the sandboxed demo frame cannot).
		this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DB_NAME);
		if (this.#channel) this.#channel.onmessage = () => this.#emit(false);
	}

	/** Calls `listener` after every change, in this tab or another; returns an unsubscribe. */
	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#emit(broadcast = true) {
		for (const listener of this.#listeners) listener();
		if (broadcast) this.#channel?.postMessage('changed');
	}

	async #readAll<T>(
		store: 'chapters' | 'cards',
		check: (v: unknown) => string | null,
	): Promise<T[]> {
		const good: T[] = [];
		let cursor = await this.#db.transaction(store).store.openCursor();
		while (cursor) {
			const problem = check(cursor.value);
			if (problem) this.problems.push({ store, key: String(cursor.key), problem });
			else good.push(cursor.value as T);
			cursor = await cursor.continue();
		}
		return good;
	}

	async chapters(): Promise<ChapterRecord[]> {
		this.problems = this.problems.filter((p) => p.store !== 'chapters');
		return this.#readAll<ChapterRecord>('chapters', chapterProblem);
	}

	async cards(): Promise<CardRecord[]> {
		this.problems = this.problems.filter((p) => p.store !== 'cards');
		return this.#readAll<CardRecord>('cards', cardProblem);
	}

	async chapter(slug: string): Promise<ChapterRecord> {
		const value: unknown = await this.#db.get('chapters', slug);
		if (value === undefined) return emptyChapter(slug);
		const problem = chapterProblem(value);
		if (!problem) return value as ChapterRecord;
		this.problems.push({ store: 'chapters', key: slug, problem });
		return emptyChapter(slug); // start this chapter afresh rather than fail the page
	}

	async #updateChapter(slug: string, change: (chapter: ChapterRecord) => boolean) {
		const chapter = await this.chapter(slug);
		if (!change(chapter)) return chapter;
		await this.#db.put('chapters', chapter);
		this.#emit();
		return chapter;
	}

	markRead(slug: string, now = new Date()) {
		return this.#updateChapter(slug, (chapter) => {
			if (chapter.readAt) return false;
			chapter.readAt = now.toISOString();
			return true;
		});
	}

	recordDemoRun(slug: string, demo: string) {
		return this.#updateChapter(slug, (chapter) => {
			if (chapter.demosRun.includes(demo)) return false;
			chapter.demosRun.push(demo);
			return true;
		});
	}

	/**
	 * Saves an answer from a chapter's quiz and updates the score. The item becomes a review
	 * card the first time it is answered, scheduled from how it went (self-rated items pass the
	 * reader's rating). Later answers in the chapter change the score, not the schedule: the
	 * review page owns that.
	 */
	async recordAnswer(input: {
		chapter: string;
		item: string;
		response: number[];
		correct: boolean;
		quizTotal: number;
		rating?: RatingName;
		now?: Date;
	}): Promise<ChapterRecord> {
		const now = input.now ?? new Date();
		const tx = this.#db.transaction(['chapters', 'cards'], 'readwrite');
		const stored: unknown = await tx.objectStore('chapters').get(input.chapter);
		const chapter =
			stored !== undefined && !chapterProblem(stored)
				? (stored as ChapterRecord)
				: emptyChapter(input.chapter);
		chapter.answers[input.item] = {
			response: input.response,
			correct: input.correct,
			at: now.toISOString(),
		};
		chapter.quizTotal = input.quizTotal;
		chapter.bestScore = Math.max(chapter.bestScore, currentScore(chapter));
		await tx.objectStore('chapters').put(chapter);
		const existing: unknown = await tx.objectStore('cards').get(input.item);
		if (existing === undefined || cardProblem(existing)) {
			const rating = input.rating ?? ratingForAnswer(input.correct);
			const card = rateCard(newCard(now), rating, now);
			await tx
				.objectStore('cards')
				.put({ id: input.item, chapter: input.chapter, card, dueMs: Date.parse(card.due) });
		}
		await tx.done;
		this.#emit();
		return chapter;
	}

	/** Cards due at `now`, soonest first. */
	async dueCards(now = new Date()): Promise<CardRecord[]> {
		const range = IDBKeyRange.upperBound(now.getTime());
		const values: unknown[] = await this.#db.getAllFromIndex('cards', 'dueMs', range);
		return values.filter((value): value is CardRecord => {
			const problem = cardProblem(value);
			if (problem) {
				const key = String((value as { id?: unknown } | null)?.id ?? '?');
				this.problems.push({ store: 'cards', key, problem });
			}
			return !problem && isDue((value as CardRecord).card, now);
		});
	}

	async rate(id: string, rating: RatingName, now = new Date()): Promise<CardRecord> {
		const value: unknown = await this.#db.get('cards', id);
		const problem = cardProblem(value);
		if (problem) throw new Error(`Card "${id}" cannot be read: ${problem}`);
		const record = value as CardRecord;
		const card = rateCard(record.card, rating, now);
		const next = { ...record, card, dueMs: Date.parse(card.due) };
		await this.#db.put('cards', next);
		this.#emit();
		return next;
	}

	async exportData(now = new Date()): Promise<StudyExport> {
		return {
			format: EXPORT_FORMAT,
			version: DB_VERSION,
			exportedAt: now.toISOString(),
			chapters: await this.chapters(),
			cards: await this.cards(),
		};
	}

	/**
	 * Adds an exported file's data to this browser's, keeping the better of each: for a chapter,
	 * the union of demos run and answers (newer answer wins) and the higher best score; for a
	 * card, the one reviewed more recently. The whole file is checked first and written in one
	 * transaction, so a bad file changes nothing. Returns how many records it wrote.
	 */
	async importData(text: string): Promise<{ chapters: number; cards: number }> {
		const file = parseExport(text);
		const tx = this.#db.transaction(['chapters', 'cards'], 'readwrite');
		const chapters = tx.objectStore('chapters');
		const cards = tx.objectStore('cards');
		for (const incoming of file.chapters) {
			const current: unknown = await chapters.get(incoming.slug);
			const merged =
				current === undefined || chapterProblem(current)
					? incoming
					: mergeChapter(current as ChapterRecord, incoming);
			await chapters.put(merged);
		}
		for (const incoming of file.cards) {
			const current: unknown = await cards.get(incoming.id);
			if (
				current === undefined ||
				cardProblem(current) ||
				newerCard(incoming, current as CardRecord)
			)
				await cards.put(incoming);
		}
		await tx.done;
		this.#emit();
		return { chapters: file.chapters.length, cards: file.cards.length };
	}

	close() {
		this.#channel?.close();
		this.#db.close();
	}
}

function mergeChapter(a: ChapterRecord, b: ChapterRecord): ChapterRecord {
	const answers = { ...a.answers };
	for (const [id, answer] of Object.entries(b.answers)) {
		const mine = answers[id];
		if (!mine || Date.parse(answer.at) > Date.parse(mine.at)) answers[id] = answer;
	}
	const readAt = [a.readAt, b.readAt].filter(Boolean).sort()[0];
	return {
		slug: a.slug,
		...(readAt ? { readAt } : {}),
		demosRun: [...new Set([...a.demosRun, ...b.demosRun])],
		answers,
		quizTotal: Math.max(a.quizTotal, b.quizTotal),
		bestScore: Math.max(a.bestScore, b.bestScore),
	};
}

function newerCard(incoming: CardRecord, current: CardRecord): boolean {
	const time = (c: CardRecord) => Date.parse(c.card.last_review ?? '') || 0;
	return time(incoming) > time(current) || incoming.card.reps > current.card.reps;
}

/** Checks a whole export file; throws ImportError saying what is wrong with it. */
export function parseExport(text: string): StudyExport {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ImportError('This file is not JSON, so it cannot be study data from this site.');
	}
	const file = data as Partial<StudyExport> | null;
	if (typeof file !== 'object' || file === null || file.format !== EXPORT_FORMAT)
		throw new ImportError(
			`This is not a study-data file from this site (it has no "format": "${EXPORT_FORMAT}").`,
		);
	if (!Number.isInteger(file.version) || file.version! < 1)
		throw new ImportError('The file has no valid "version".');
	if (file.version! > DB_VERSION)
		throw new ImportError(
			`The file comes from a newer version of the site (data version ${file.version}); reload the site to update it, then import again.`,
		);
	if (!Array.isArray(file.chapters) || !Array.isArray(file.cards))
		throw new ImportError('The file must have "chapters" and "cards" lists.');
	// Version 1 files predate `dueMs`; derive it as migration 1 → 2 does.
	const cards = file.cards.map((card: unknown) =>
		file.version === 1 && typeof card === 'object' && card !== null
			? { ...card, dueMs: Date.parse((card as CardRecord).card?.due ?? '') }
			: card,
	);
	file.chapters.forEach((chapter: unknown, i: number) => {
		const problem = chapterProblem(chapter);
		if (problem) throw new ImportError(`Chapter record ${i + 1} is invalid: ${problem}.`);
	});
	cards.forEach((card: unknown, i: number) => {
		const problem = cardProblem(card);
		if (problem) throw new ImportError(`Card ${i + 1} is invalid: ${problem}.`);
	});
	return { ...(file as StudyExport), cards: cards as CardRecord[] };
}

export async function openStudyStore(name = DB_NAME): Promise<StudyStore> {
	const db = await openDB(name, DB_VERSION, {
		async upgrade(db, oldVersion, _newVersion, tx) {
			for (let version = oldVersion; version < DB_VERSION; version++) {
				await MIGRATIONS[version]!(db as IDBPDatabase, tx as Upgrade);
			}
		},
		blocking() {
			// A newer version of the site, open in another tab, needs to upgrade the database:
			// reload into that version rather than hold it back.
			if (typeof location !== 'undefined') location.reload();
		},
	});
	return new StudyStore(db);
}

let shared: Promise<StudyStore> | null = null;

/** The page's store, opened once. */
export function studyStore(): Promise<StudyStore> {
	return (shared ??= openStudyStore());
}
