/**
 * Loaded by ./boot.ts once the page is idle: sets up everything interactive on the page, each
 * part loading its own code only when needed. Demos and the quiz hydrate when they come near the
 * viewport or the reader touches them; progress marks render now; demo runs are recorded.
 */
import '../runner/lazy-demos';
import { whenNear } from '../runner/when-near';
// A few lines, needed on every page at once: a separate chunk would only add a request.
import { focusSearchWhenReady } from '../components/shell/search-focus';

void import('./progress-view').then(({ showProgress }) => showProgress());
void import('../offline/register').then(({ startOffline }) => startOffline());
focusSearchWhenReady();

const quiz = document.querySelector<HTMLElement>('.quiz[data-quiz]');
if (quiz) whenNear([quiz], () => import('./quiz').then(({ hydrateQuiz }) => hydrateQuiz(quiz)));

document.addEventListener('study-demo-run', (event) => {
	const src = (event as CustomEvent<{ src?: string }>).detail.src;
	const chapter = src?.split('/')[0];
	if (!src || !chapter) return;
	void import('./store')
		.then(({ studyStore }) => studyStore())
		.then((store) => store.recordDemoRun(chapter, src))
		.catch(() => {}); // storage blocked: the demo still runs; progress is simply not kept
});
