// @vitest-environment jsdom
//
// jsdom has no layout engine and no IntersectionObserver: every size it reports is 0 and nothing
// ever scrolls. So these tests cannot check that the observer fires at the right scroll position
// in a real browser. What they can check: the batching (20 at a time, stopping at 100), the
// fallback's scroll maths with sizes we set ourselves, and that the observer is wired to the
// right root, margin and sentinel, using a stand-in observer whose callback the test calls.
import { afterEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

const posts = () => document.querySelectorAll('#output li').length;

/** Gives the box the layout numbers a browser would measure. */
function setLayout(
	box: HTMLElement,
	sizes: { scrollTop: number; clientHeight: number; scrollHeight: number },
) {
	for (const [name, value] of Object.entries(sizes)) {
		Object.defineProperty(box, name, { value, configurable: true });
	}
}

afterEach(() => vi.unstubAllGlobals());

it('without IntersectionObserver, loads a batch of 20 only when the scroll maths says "near the bottom"', async () => {
	document.body.innerHTML = '<main id="output"></main>';
	const lines = await runDemo(() => import('./infinite-scroll'));
	expect(lines).toContain('No IntersectionObserver here: falling back to scroll events.');
	expect(lines).toContain('Batch 1: posts 1–20 (trigger: first load)');
	expect(posts()).toBe(20);

	const box = document.querySelector<HTMLElement>('#output [role="region"]')!;
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	// 0 + 240 >= 1000 - 100 is false: far from the bottom, nothing loads.
	setLayout(box, { scrollTop: 0, clientHeight: 240, scrollHeight: 1000 });
	box.dispatchEvent(new Event('scroll'));
	expect(posts()).toBe(20);
	// 700 + 240 >= 1000 - 100 is true: the next batch loads.
	setLayout(box, { scrollTop: 700, clientHeight: 240, scrollHeight: 1000 });
	box.dispatchEvent(new Event('scroll'));
	expect(posts()).toBe(40);
	expect(log).toHaveBeenCalledWith('Batch 2: posts 21–40 (trigger: scroll maths)');
	expect(log).toHaveBeenCalledWith('  700 + 240 >= 1000 - 100 → true');

	for (let i = 0; i < 5; i++) box.dispatchEvent(new Event('scroll'));
	expect(posts()).toBe(100); // five batches, then it stops
	expect(log).toHaveBeenCalledWith('All posts loaded: stopped watching.');
	expect(document.querySelector('#output [role="status"]')?.textContent).toBe(
		'Showing 100 of 100 posts.',
	);
	log.mockRestore();
});

it('with IntersectionObserver, watches the sentinel inside the box and loads when it intersects', async () => {
	const observers: Array<{
		callback: IntersectionObserverCallback;
		options?: IntersectionObserverInit;
		observed: Element[];
		disconnected: boolean;
	}> = [];
	class FakeObserver {
		record: (typeof observers)[number];
		constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
			this.record = { callback, options, observed: [], disconnected: false };
			observers.push(this.record);
		}
		observe(element: Element) {
			this.record.observed.push(element);
		}
		unobserve() {}
		disconnect() {
			this.record.disconnected = true;
		}
	}
	vi.stubGlobal('IntersectionObserver', FakeObserver);
	document.body.innerHTML = '<main id="output"></main>';
	const lines = await runDemo(() => import('./infinite-scroll'));
	expect(lines).not.toContain('No IntersectionObserver here: falling back to scroll events.');
	expect(posts()).toBe(20);

	const [observer] = observers;
	const box = document.querySelector('#output [role="region"]')!;
	expect(observer?.options?.root).toBe(box); // the box, not the page, is the viewport
	expect(observer?.options?.rootMargin).toBe('0px 0px 100px 0px');
	expect(observer?.observed[0]).toBe(box.lastElementChild); // the sentinel after the list

	const report = (isIntersecting: boolean) =>
		observer!.callback([{ isIntersecting } as IntersectionObserverEntry], observer as never);
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	report(false); // the first report says "not visible": nothing loads
	expect(posts()).toBe(20);
	report(true);
	expect(posts()).toBe(40);
	expect(log).toHaveBeenCalledWith('Batch 2: posts 21–40 (trigger: IntersectionObserver)');
	for (let i = 0; i < 4; i++) report(true);
	expect(posts()).toBe(100);
	expect(observer?.disconnected).toBe(true);
	report(true);
	expect(posts()).toBe(100);
	log.mockRestore();
});
