// @vitest-environment jsdom
import { expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

/** Resolves after the next popstate: history.back() and forward() traverse asynchronously. */
const nextPopstate = () =>
	new Promise<void>((resolve) =>
		window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }),
	);

it('swaps views with pushState, restores them on popstate, and keeps title, URL and focus in step', async () => {
	document.body.innerHTML = '<main id="output"></main>';
	const startLines = await runDemo(() => import('./spa-history'));
	expect(startLines[0]).toContain('Start: Home · CS50 Air');
	expect(history.state).toEqual({ page: 'home', index: 0 });

	const output = document.getElementById('output')!;
	const heading = output.querySelector('h2')!;
	const back = output.querySelector<HTMLButtonElement>('#back')!;
	const forward = output.querySelector<HTMLButtonElement>('#forward')!;
	const link = (page: string) => output.querySelector<HTMLAnchorElement>(`a[data-page="${page}"]`)!;
	expect(back.disabled).toBe(true); // nothing of ours to go back to yet

	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	let popstates = 0;
	window.addEventListener('popstate', () => popstates++);

	// A click on a link: no navigation, a new history entry, the new view, focus on its heading.
	link('flights').click();
	expect(location.search).toBe('?page=flights');
	expect(history.state).toEqual({ page: 'flights', index: 1 });
	expect(document.title).toBe('Flights · CS50 Air');
	expect(heading.textContent).toBe('Flights');
	expect(document.activeElement).toBe(heading);
	expect(link('flights').getAttribute('aria-current')).toBe('page');
	expect(popstates).toBe(0); // pushState never fires popstate

	link('about').click();
	expect(location.search).toBe('?page=about');
	expect(log).toHaveBeenLastCalledWith('pushState → ?page=about, entry 2 (no popstate fired)');

	// Back: the browser restores the previous entry and fires popstate with its state.
	back.click();
	await nextPopstate();
	expect(popstates).toBe(1);
	expect(location.search).toBe('?page=flights');
	expect(document.title).toBe('Flights · CS50 Air');
	expect(log).toHaveBeenLastCalledWith('popstate → ?page=flights, entry 1');
	expect(forward.disabled).toBe(false);

	forward.click();
	await nextPopstate();
	expect(heading.textContent).toBe('About us');
	expect(forward.disabled).toBe(true);

	// Back twice to the start, then a new push: the forward entries are gone.
	back.click();
	await nextPopstate();
	back.click();
	await nextPopstate();
	expect(history.state).toEqual({ page: 'home', index: 0 });
	expect(back.disabled).toBe(true);
	link('about').click();
	expect(history.state).toEqual({ page: 'about', index: 1 });
	expect(forward.disabled).toBe(true);
	log.mockRestore();
});
