/**
 * Calls `load` once, the first time any of `elements` comes within a screen of the viewport or
 * the reader points at or focuses one: how demos and quizzes hydrate lazily.
 */
export function whenNear(elements: Iterable<Element>, load: () => unknown): void {
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		observer.disconnect();
		void load();
	};
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) start();
		},
		{ rootMargin: '100% 0px' },
	);
	for (const element of elements) {
		observer.observe(element);
		element.addEventListener('pointerenter', start, { once: true });
		element.addEventListener('focusin', start, { once: true });
	}
}
