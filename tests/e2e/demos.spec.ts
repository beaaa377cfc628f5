import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

function demo(page: Page, title: string) {
	return page.locator('study-demo').filter({ has: page.getByText(title, { exact: true }) });
}

test('a DOM demo runs in the sandbox and prints event phases in order', async ({ page }) => {
	await page.goto('/javascript/');
	const events = demo(page, 'Capturing, target and bubbling on nested boxes');
	await events.scrollIntoViewIfNeeded();
	await events.getByRole('button', { name: /^Run/ }).click();
	const log = events.getByRole('log');
	await expect(log).toContainText('Click 2: the same click');
	await expect(log.locator('.entry').nth(1)).toHaveText('  capturing listener on outer');
	await expect(log).toContainText('middle called stopPropagation()');
	await expect(events.locator('iframe')).toBeVisible();
	await expect(events.getByRole('status')).toContainText('Finished');
});

test('the merge-conflict demo runs real git in the page and draws the commit graph', async ({
	page,
}) => {
	await page.goto('/git/');
	const conflict = demo(page, 'A merge conflict in notes.txt, and its resolution');
	await conflict.scrollIntoViewIfNeeded();
	await conflict.getByRole('button', { name: /^Run/ }).click();
	const log = conflict.getByRole('log');
	await expect(log).toContainText('CONFLICT in notes.txt', { timeout: 15_000 });
	await expect(log.locator('.entry-warn')).toContainText('Warning:');
	await expect(log).toContainText('<<<<<<< main');
	await expect(log).toContainText('has 2 parents');
	await expect(conflict.locator('iframe')).toBeVisible();
	const graph = conflict.frameLocator('iframe').locator('svg[role="img"]');
	await expect(graph.locator('circle')).toHaveCount(4);
});

test('the Postgres demo runs real PGlite with a progress indicator while it loads', async ({
	page,
}) => {
	await page.goto('/databases/');
	const flights = demo(page, 'The flights schema in real Postgres (PGlite)');
	await flights.scrollIntoViewIfNeeded();
	await flights.getByRole('button', { name: /^Run/ }).click();
	await expect(flights.getByRole('status')).toContainText('Loading Postgres (PGlite)');
	const log = flights.getByRole('log');
	await expect(log).toContainText('Flights longer than 500 minutes', { timeout: 30_000 });
	await expect(log.getByRole('table').first()).toContainText('Shanghai');
	await expect(log.locator('.entry-error')).toContainText('violates foreign key constraint');
	await expect(log).toContainText('Passengers stored: 4');
	// A second run reuses the runtime the sandbox already holds (its timing is measured by
	// `npm run bench`, not here, where two test workers share the machine).
	await flights.getByRole('button', { name: /^Run/ }).click();
	await expect(log).toContainText('Passengers stored: 4', { timeout: 30_000 });
	await expect(flights.getByRole('status')).toContainText('Finished');
});

test('the chat demo: scripted and typed messages reach the panes in the same channel', async ({
	page,
}) => {
	await page.goto('/realtime/');
	const chat = demo(page, 'Three chat clients on a simulated Socket.IO server');
	await chat.scrollIntoViewIfNeeded();
	await chat.getByRole('button', { name: /^Run/ }).click();
	await expect(chat.getByRole('log').first()).toContainText('Cy (sock-3) saw:', {
		timeout: 20_000,
	});
	const frame = chat.frameLocator('iframe');
	const messagesOf = (name: string) => frame.getByRole('log', { name: `${name}'s messages` });
	// The scripted conversation went through the panes' own forms.
	await expect(messagesOf('Ana')).toContainText('Ben: Hello Ana.');
	await expect(messagesOf('Cy')).toContainText('Cy (you): Found you!');
	// A reader types in Ben's pane and presses Enter: the form's submit handler sends it.
	const ben = frame.locator('section').filter({ has: frame.getByText("Ben's browser") });
	await ben.getByRole('textbox', { name: 'Message' }).fill('Lunch at noon?');
	await ben.getByRole('textbox', { name: 'Message' }).press('Enter');
	await expect(messagesOf('Ana')).toContainText('Ben: Lunch at noon?');
	await expect(messagesOf('Cy')).toContainText('Ben: Lunch at noon?');
	await expect(messagesOf('Ben')).toContainText('Ben (you): Lunch at noon?');
});
