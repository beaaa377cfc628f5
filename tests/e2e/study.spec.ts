import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

function quizItems(page: Page): Locator {
	return page.locator('.quiz form.quiz-item');
}

/** Answers one item, right or wrong, the way a reader would (keyboard-reachable controls). */
async function answer(item: Locator, right: boolean): Promise<void> {
	const kind = await item.getAttribute('data-kind');
	if (kind === 'recall') {
		await item.getByRole('button', { name: 'Show answer' }).click();
		await item.getByRole('button', { name: right ? 'I knew it' : 'I missed it' }).click();
		return;
	}
	if (kind === 'order') {
		const steps = item.locator('.quiz-steps li');
		const count = await steps.count();
		for (let i = 0; i < count; i++) {
			const step = Number(await steps.nth(i).getAttribute('data-step'));
			// Right: each step at its own position. Wrong: the first two swapped.
			const position = right ? step : step < 2 ? 1 - step : step;
			await steps
				.nth(i)
				.getByRole('combobox')
				.selectOption({ value: String(position) });
		}
	} else {
		const key = JSON.parse((await item.getAttribute('data-answer')) ?? '[]') as number[];
		const count = await item.locator('.quiz-choices input').count();
		const wrongChoice = [...Array(count).keys()].find((i) => !key.includes(i))!;
		const chosen = right ? key : [wrongChoice];
		// Choices are shown shuffled; each input's value is its index in the answer key.
		for (const index of chosen) await item.locator(`.quiz-choices input[value="${index}"]`).check();
	}
	await item.getByRole('button', { name: 'Check' }).click();
}

async function openQuiz(page: Page) {
	await page.goto('/git/');
	await page.locator('.quiz').scrollIntoViewIfNeeded();
	await expect(quizItems(page).first()).toHaveClass(/is-enhanced/);
}

test.describe('self-check quiz', () => {
	test('Check gives feedback with explanations, announced in a live region', async ({ page }) => {
		await openQuiz(page);
		const item = quizItems(page).first();
		await expect(item.getByRole('group', { name: /^Question 1 / })).toBeVisible(); // the fieldset, named by its legend
		await item.getByRole('button', { name: 'Check' }).click();
		await expect(item.getByRole('status')).toHaveText('Choose an answer first.');
		await answer(item, false);
		const feedback = item.getByRole('status');
		await expect(feedback).toContainText('Not quite.');
		await expect(feedback).toContainText('Your choice, not correct');
		await expect(feedback).toContainText('You missed this correct answer');
		await answer(item, true);
		await expect(feedback).toContainText('Correct.');
	});

	test('answers and the score persist across a reload, and the course map shows them', async ({
		page,
	}) => {
		await openQuiz(page);
		const items = quizItems(page);
		await answer(items.nth(0), true);
		await answer(items.nth(1), false);
		const score = page.locator('.quiz-score');
		await expect(score).toHaveText(/^Score: 1 of \d+ right · best 1 · 2 of \d+ answered$/);

		await page.reload();
		await page.locator('.quiz').scrollIntoViewIfNeeded();
		await expect(score).toHaveText(/^Score: 1 of \d+ right · best 1 · 2 of \d+ answered$/);
		await expect(items.nth(0)).toHaveAttribute('data-result', 'right');
		await expect(items.nth(1)).toHaveAttribute('data-result', 'wrong');
		const [key] = JSON.parse((await items.nth(0).getAttribute('data-answer')) ?? '[]') as number[];
		await expect(items.nth(0).locator(`.quiz-choices input[value="${key}"]`)).toBeChecked();

		await page.goto('/');
		await expect(page.locator('.chapter-card[data-chapter="git"] .chapter-progress')).toHaveText(
			/quiz 1\/\d+ \(best 1\)/,
		);
	});

	test('a chapter read to the end with every question answered is marked finished', async ({
		page,
	}) => {
		test.setTimeout(90_000); // every question in the chapter, answered like a reader
		await openQuiz(page);
		const items = quizItems(page);
		const count = await items.count();
		for (let i = 0; i < count; i++) await answer(items.nth(i), true);
		await page.locator('[data-study-end]').scrollIntoViewIfNeeded();
		const link = page.locator('#starlight__sidebar a[href="/git/"]');
		await expect(link).toHaveAttribute('data-finished');
		await expect(link).toHaveAccessibleName(/\(finished\)$/);
		await page.goto('/');
		await expect(page.locator('.chapter-card[data-chapter="git"] .chapter-progress')).toHaveText(
			new RegExp(`^Finished · Read · quiz ${count}/${count} \\(best ${count}\\)$`),
		);
	});

	test('a demo run counts towards the chapter progress', async ({ page }) => {
		await page.goto('/git/');
		const demo = page.locator('study-demo').first();
		await demo.scrollIntoViewIfNeeded();
		await demo.getByRole('button', { name: /^Run/ }).click();
		// A first visit also caches the site for offline use, which slows the first run on a 2-core
		// machine (the same allowance as the demo tests in demos.spec.ts).
		await expect(demo.getByRole('log')).toContainText('git log (newest first):', {
			timeout: 20_000,
		});
		await page.goto('/');
		await expect(page.locator('.chapter-card[data-chapter="git"] .chapter-progress')).toContainText(
			/1 of \d+ demos run/,
		);
	});
});

test.describe('spaced review', () => {
	test('an answered question comes back when due, and rating it schedules the next review', async ({
		page,
	}) => {
		await page.clock.install({ time: new Date('2026-11-28T09:00:00Z') });
		await openQuiz(page);
		await answer(quizItems(page).first(), false); // wrong: due again after one minute

		await page.goto('/review/');
		const counts = page.locator('.review-counts');
		await expect(counts.locator('[data-count="due"]')).toHaveText('0');
		await expect(page.locator('.review-empty')).toContainText('next question is due in 1 min');

		await page.clock.setFixedTime(new Date('2026-11-28T09:02:00Z'));
		await page.reload();
		await expect(counts.locator('[data-count="due"]')).toHaveText('1');
		const card = page.locator('.review-card');
		await expect(card).toContainText('From Git and version control');
		await answer(card.locator('form'), true);
		const ratings = card.getByRole('group', { name: 'How well did you know it?' });
		for (const name of ['Again', 'Hard', 'Good', 'Easy'])
			await expect(
				ratings.getByRole('button', { name: new RegExp(`^${name}: see it again in`) }),
			).toBeVisible();
		await expect(ratings.getByRole('button', { name: /^Good/ })).toBeFocused();
		await ratings.getByRole('button', { name: /^Good/ }).click();
		await expect(counts.locator('[data-count="due"]')).toHaveText('0');
		await expect(page.locator('.review-empty')).toContainText('All caught up');
	});

	test('export, then import into a fresh browser, restores everything', async ({
		page,
		browser,
	}) => {
		await openQuiz(page);
		await answer(quizItems(page).nth(0), true);
		await answer(quizItems(page).nth(1), false);
		await page.goto('/review/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export study data' }).click();
		const file = test.info().outputPath('study.json');
		await (await download).saveAs(file);
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(exported).toMatchObject({ format: 'cs50web-study', chapters: [{ slug: 'git' }] });
		expect(exported.cards).toHaveLength(2);

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto('/review/');
		await other.getByLabel('Import study data from a file').setInputFiles(file);
		await expect(other.locator('.study-data-status')).toHaveText(
			/^Imported 1 chapter record\(s\) and 2 review card\(s\) from study\.json\.$/,
		);
		await other.goto('/git/');
		await other.locator('.quiz').scrollIntoViewIfNeeded();
		await expect(other.locator('.quiz-score')).toHaveText(/^Score: 1 of \d+ right · best 1/);
		await expect(other.locator('.quiz form.quiz-item').nth(1)).toHaveAttribute(
			'data-result',
			'wrong',
		);
		await fresh.close();
	});

	test('importing a bad file shows an error and keeps the data', async ({ page }) => {
		await openQuiz(page);
		await answer(quizItems(page).first(), true);
		// The score line is drawn from the store, so the answer is saved before we navigate away.
		await expect(page.locator('.quiz-score')).toHaveText(/^Score: 1 of/);
		await page.goto('/review/');
		const total = Number(await page.locator('.review').getAttribute('data-total'));
		const unanswered = page.locator('[data-count="new"]');
		await expect(unanswered).toHaveText(String(total - 1));
		const bad = test.info().outputPath('not-study-data.json');
		writeFileSync(bad, JSON.stringify({ hello: 'world' }));
		await page.getByLabel('Import study data from a file').setInputFiles(bad);
		const status = page.locator('.study-data-status');
		await expect(status).toHaveText(/^Nothing was imported: This is not a study-data file/);
		const broken = test.info().outputPath('broken.json');
		writeFileSync(broken, '{"format": "cs50web-study", "version": 2, "chapters": [');
		await page.getByLabel('Import study data from a file').setInputFiles(broken);
		await expect(status).toHaveText(/^Nothing was imported: This file is not JSON/);
		await expect(unanswered).toHaveText(String(total - 1));
		await page.goto('/git/');
		await page.locator('.quiz').scrollIntoViewIfNeeded();
		await expect(page.locator('.quiz-score')).toHaveText(/^Score: 1 of/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every answer and explanation is reachable in a disclosure', async ({ page }) => {
		await page.goto('/git/');
		const item = quizItems(page).first();
		await expect(item.getByRole('button', { name: 'Check' })).toBeHidden();
		await item.getByText('Answer and explanations').click();
		await expect(item.locator('.quiz-solution li').first()).toBeVisible();
		await expect(item.locator('.quiz-solution')).toContainText('Correct:');
		await page.goto('/review/');
		await expect(page.getByText('Reviewing needs JavaScript')).toBeVisible();
	});
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe: quiz with feedback and a review card (${theme})`, async ({ page }) => {
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.clock.install({ time: new Date('2026-11-28T09:00:00Z') });
		await openQuiz(page);
		await answer(quizItems(page).nth(0), false);
		await answer(quizItems(page).nth(1), true);
		const quizResults = await new AxeBuilder({ page }).include('.quiz').analyze();
		expect(
			quizResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
		).toEqual([]);

		await page.clock.setFixedTime(new Date('2026-11-28T10:00:00Z'));
		await page.goto('/review/');
		const card = page.locator('.review-card');
		await answer(card.locator('form'), false);
		await expect(card.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
		const reviewResults = await new AxeBuilder({ page }).analyze();
		expect(
			reviewResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
		).toEqual([]);
	});
}
