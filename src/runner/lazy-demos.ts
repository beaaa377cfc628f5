/**
 * Runs on every page once it is idle (src/study/islands.ts). It defines <study-demo> for real
 * only when a demo comes within a screen of the viewport, or when the reader touches or focuses
 * one first; until then a demo is its highlighted source.
 */
const demos = document.querySelectorAll('study-demo');

if (demos.length > 0) {
	let loading: Promise<unknown> | null = null;
	const hydrate = () =>
		(loading ??= import('./host/demo-element').then(({ StudyDemo }) =>
			customElements.define('study-demo', StudyDemo),
		));
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				observer.disconnect();
				void hydrate();
			}
		},
		{ rootMargin: '100% 0px' },
	);
	for (const demo of demos) {
		observer.observe(demo);
		demo.addEventListener('pointerenter', hydrate, { once: true });
		demo.addEventListener('focusin', hydrate, { once: true });
	}
}
