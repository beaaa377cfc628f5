/**
 * Starlight's search dialog focuses its input when it opens, but Pagefind's UI only creates that
 * input once the page is idle. On a slow first visit a reader can open the dialog (Ctrl+K) before
 * then, and would be typing into nothing. Loaded with the other islands (src/study/islands.ts):
 * when the input appears while the dialog is open, focus it (unless the reader is already in the
 * search UI).
 */
export function focusSearchWhenReady(): void {
	const root = document.getElementById('starlight__search');
	const dialog = root?.closest('dialog');
	if (!root || !dialog) return;
	const focusIfOpen = (): boolean => {
		const input = root.querySelector('input');
		if (!input) return false;
		if (dialog.open && !root.contains(document.activeElement)) input.focus();
		return true;
	};
	if (focusIfOpen()) return;
	const observer = new MutationObserver(() => {
		if (focusIfOpen()) observer.disconnect();
	});
	observer.observe(root, { childList: true, subtree: true });
}
