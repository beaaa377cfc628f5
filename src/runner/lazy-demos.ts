/**
 * Runs on every page once it is idle (src/study/islands.ts). It defines <study-demo> for real
 * only when a demo comes within a screen of the viewport, or when the reader touches or focuses
 * one first; until then a demo is its highlighted source.
 */
import { whenNear } from './when-near';

const demos = document.querySelectorAll('study-demo');
if (demos.length > 0) {
	whenNear(demos, () =>
		import('./host/demo-element').then(({ StudyDemo }) =>
			customElements.define('study-demo', StudyDemo),
		),
	);
}
