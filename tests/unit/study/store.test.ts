import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
	DB_VERSION,
	ImportError,
	openStudyStore,
	parseExport,
	type StudyStore,
} from '../../../src/study/store';
import { newCard, rateCard } from '../../../src/study/scheduler';

const NOW = new Date('2026-11-28T09:00:00Z');
let counter = 0;
const freshName = () => `study-test-${++counter}`;
const opened: StudyStore[] = [];
async function open(name = freshName()) {
	const store = await openStudyStore(name);
	opened.push(store);
	return store;
}
afterEach(() => {
	for (const store of opened.splice(0)) store.close();
});

const answer = (store: StudyStore, item: string, correct: boolean, at = NOW) =>
	store.recordAnswer({
		chapter: 'git',
		item,
		response: [correct ? 0 : 1],
		correct,
		quizTotal: 3,
		now: at,
	});

describe('study store', () => {
	it('records reading, demos and answers; scores keep the best', async () => {
		const store = await open();
		await store.markRead('git', NOW);
		await store.recordDemoRun('git', 'git/demos/merge-conflict.ts');
		await store.recordDemoRun('git', 'git/demos/merge-conflict.ts'); // counted once
		await answer(store, 'q1', true);
		await answer(store, 'q2', true);
		let chapter = await answer(store, 'q3', false);
		expect(chapter.bestScore).toBe(2);
		chapter = await answer(store, 'q1', false, new Date(NOW.getTime() + 1000));
		expect(Object.values(chapter.answers).filter((a) => a.correct)).toHaveLength(1);
		expect(chapter.bestScore).toBe(2);
		const saved = await store.chapter('git');
		expect(saved.readAt).toBe(NOW.toISOString());
		expect(saved.demosRun).toEqual(['git/demos/merge-conflict.ts']);
		expect(saved.answers.q1).toMatchObject({ correct: false, response: [1] });
	});

	it('turns an answered item into a card: wrong answers come back sooner than right ones', async () => {
		const store = await open();
		await answer(store, 'right', true);
		await answer(store, 'wrong', false);
		const cards = await store.cards();
		const due = Object.fromEntries(cards.map((c) => [c.id, c.dueMs - NOW.getTime()]));
		expect(due.wrong).toBe(60_000); // Again: one minute
		expect(due.right).toBe(600_000); // Good: ten minutes
		expect(await store.dueCards(NOW)).toHaveLength(0);
		expect((await store.dueCards(new Date(NOW.getTime() + 120_000))).map((c) => c.id)).toEqual([
			'wrong',
		]);
		const later = new Date(NOW.getTime() + 3_600_000);
		expect((await store.dueCards(later)).map((c) => c.id).sort()).toEqual(['right', 'wrong']);
		const rated = await store.rate('right', 'good', later);
		expect(rated.dueMs).toBeGreaterThan(later.getTime() + 86_400_000 - 1);
	});

	it('tells subscribers about changes', async () => {
		const store = await open();
		let calls = 0;
		const stop = store.subscribe(() => calls++);
		await store.markRead('git', NOW);
		await store.markRead('git', NOW); // no change, no call
		stop();
		await store.recordDemoRun('git', 'x.ts');
		expect(calls).toBe(1);
	});

	it('migrates a version 1 database: cards gain dueMs and the due index works', async () => {
		const name = freshName();
		const card = rateCard(newCard(NOW), 'again', NOW);
		const v1 = await openDB(name, 1, {
			upgrade(db) {
				db.createObjectStore('chapters', { keyPath: 'slug' });
				db.createObjectStore('cards', { keyPath: 'id' });
			},
		});
		await v1.put('cards', { id: 'old-card', chapter: 'git', card });
		await v1.put('chapters', {
			slug: 'git',
			demosRun: [],
			answers: {},
			quizTotal: 8,
			bestScore: 5,
		});
		v1.close();

		const store = await open(name);
		const [migrated] = await store.cards();
		expect(migrated).toMatchObject({ id: 'old-card', dueMs: Date.parse(card.due) });
		expect((await store.dueCards(new Date(Date.parse(card.due) + 1))).map((c) => c.id)).toEqual([
			'old-card',
		]);
		expect((await store.chapter('git')).bestScore).toBe(5);
		expect(store.problems).toEqual([]);
	});

	it('skips and reports a corrupted record; everything else still loads', async () => {
		const name = freshName();
		const store = await open(name);
		await store.markRead('git', NOW);
		await answer(store, 'q1', true);
		const raw = await openDB(name, DB_VERSION);
		await raw.put('chapters', { slug: 'flask', demosRun: 'not a list' });
		await raw.put('cards', { id: 'broken', chapter: 'git', dueMs: 0, card: { due: 'soon' } });
		raw.close();

		const chapters = await store.chapters();
		expect(chapters.map((c) => c.slug)).toEqual(['git']);
		const cards = await store.cards();
		expect(cards.map((c) => c.id)).toEqual(['q1']);
		expect(store.problems).toEqual([
			{ store: 'chapters', key: 'flask', problem: '"demosRun" is not a list of demo names' },
			{ store: 'cards', key: 'broken', problem: '"card.due" is not a date' },
		]);
		// The due query skips it too, and the broken chapter can be written afresh.
		expect((await store.dueCards(new Date(NOW.getTime() + 3_600_000))).map((c) => c.id)).toEqual([
			'q1',
		]);
		await store.recordDemoRun('flask', 'flask/demos/routes.ts');
		expect((await store.chapter('flask')).demosRun).toEqual(['flask/demos/routes.ts']);
	});

	it('exports and imports into an empty browser: everything comes back', async () => {
		const source = await open();
		await source.markRead('git', NOW);
		await source.recordDemoRun('git', 'git/demos/merge-conflict.ts');
		await answer(source, 'q1', true);
		await answer(source, 'q2', false);
		const exported = await source.exportData(NOW);
		const text = JSON.stringify(exported);

		const target = await open();
		expect(await target.importData(text)).toEqual({ chapters: 1, cards: 2 });
		expect(await target.exportData(NOW)).toEqual(exported);
	});

	it('import merges: newer answers, more demos and the better best score win', async () => {
		const a = await open();
		await answer(a, 'q1', false, NOW);
		await a.recordDemoRun('git', 'one.ts');
		const b = await open();
		await answer(b, 'q1', true, new Date(NOW.getTime() + 5000));
		await answer(b, 'q2', true, new Date(NOW.getTime() + 5000));
		await b.recordDemoRun('git', 'two.ts');
		await a.importData(JSON.stringify(await b.exportData()));
		const merged = await a.chapter('git');
		expect(merged.answers.q1?.correct).toBe(true);
		expect(Object.keys(merged.answers).sort()).toEqual(['q1', 'q2']);
		expect(merged.demosRun.sort()).toEqual(['one.ts', 'two.ts']);
		expect(merged.bestScore).toBe(2);
	});

	it('refuses bad files with a clear error and changes nothing', async () => {
		const store = await open();
		await answer(store, 'q1', true);
		const before = await store.exportData(NOW);
		const good = JSON.parse(JSON.stringify(before));
		const cases: Array<[string, RegExp]> = [
			['{ not json', /not JSON/],
			[JSON.stringify({ hello: 'world' }), /not a study-data file/],
			[JSON.stringify({ ...good, version: 99 }), /newer version/],
			[JSON.stringify({ ...good, cards: 'none' }), /"chapters" and "cards" lists/],
			[
				JSON.stringify({ ...good, chapters: [...good.chapters, { slug: 'x', demosRun: [] }] }),
				/Chapter record 2 is invalid/,
			],
			[
				JSON.stringify({ ...good, cards: [{ ...good.cards[0], card: { due: 'never' } }] }),
				/Card 1 is invalid: "card.due" is not a date/,
			],
		];
		for (const [text, message] of cases) {
			await expect(store.importData(text)).rejects.toThrow(ImportError);
			await expect(store.importData(text)).rejects.toThrow(message);
		}
		expect(await store.exportData(NOW)).toEqual(before);
	});

	it('accepts a version 1 export by deriving dueMs', () => {
		const card = newCard(NOW);
		const file = parseExport(
			JSON.stringify({
				format: 'cs50web-study',
				version: 1,
				exportedAt: NOW.toISOString(),
				chapters: [],
				cards: [{ id: 'a', chapter: 'git', card }],
			}),
		);
		expect(file.cards[0]?.dueMs).toBe(Date.parse(card.due));
	});
});
