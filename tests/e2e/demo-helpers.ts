import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export function demoByTitle(page: Page, title: string): Locator {
	return page.locator('study-demo').filter({ has: page.getByText(title, { exact: true }) });
}

/** Opens the demo's editor, replaces its code with `code` and presses Run (Ctrl+Enter). */
export async function runEditedCode(demo: Locator, code: string): Promise<Locator> {
	await demo.scrollIntoViewIfNeeded();
	await demo.getByRole('button', { name: 'Edit code' }).click();
	const editor = demo.getByRole('textbox', { name: /^TypeScript source/ });
	await expect(editor).toBeFocused();
	await editor.press('ControlOrMeta+a');
	await editor.page().keyboard.insertText(code);
	await editor.press('ControlOrMeta+Enter');
	return demo.getByRole('log');
}
