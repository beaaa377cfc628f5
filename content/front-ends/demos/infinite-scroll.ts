// Infinite scroll inside a scrollable box. An IntersectionObserver watches an empty sentinel
// element after the last post and loads the next batch when it comes within THRESHOLD px of the
// box's visible area. Each load also prints the notes' scroll maths for the same box, to compare.
export {};

const BATCH = 20;
const LAST_POST = 100;
const THRESHOLD = 100; // px: start loading this far before the real bottom

const stage = document.getElementById('output') ?? document.body;
const box = document.createElement('div');
box.tabIndex = 0; // a scrollable region must be reachable by keyboard
box.setAttribute('role', 'region');
box.setAttribute('aria-label', 'Posts');
Object.assign(box.style, { height: '15rem', overflow: 'auto', border: '1px solid currentColor' });
const list = box.appendChild(document.createElement('ol'));
list.style.margin = '0';
const sentinel = box.appendChild(document.createElement('div')); // empty, at the very end
const status = document.createElement('p');
status.setAttribute('role', 'status'); // screen readers hear each new batch
stage.append(box, status);

let loaded = 0;

/** The notes' test, for this box: does the bottom of the view reach near the content's end? */
function scrollMaths(): { near: boolean; text: string } {
	const { scrollTop, clientHeight, scrollHeight } = box;
	const near = scrollTop + clientHeight >= scrollHeight - THRESHOLD;
	const text = `${Math.round(scrollTop)} + ${clientHeight} >= ${scrollHeight} - ${THRESHOLD} → ${near}`;
	return { near, text };
}

function loadBatch(trigger: string, note?: string): void {
	if (loaded >= LAST_POST) return;
	const first = loaded + 1;
	for (let n = first; n < first + BATCH; n++) {
		list.appendChild(document.createElement('li')).textContent = `Post ${n}`;
	}
	loaded += BATCH;
	status.textContent = `Showing ${loaded} of ${LAST_POST} posts.`;
	console.log(`Batch ${loaded / BATCH}: posts ${first}–${loaded} (trigger: ${trigger})`);
	if (note) console.log(`  ${note}`);
	if (loaded >= LAST_POST) {
		stop();
		console.log('All posts loaded: stopped watching.');
	}
}

let stop = () => {};
if ('IntersectionObserver' in window) {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			const maths = scrollMaths(); // measured now, before the new posts go in
			loadBatch('IntersectionObserver', `the notes' scroll maths at that moment: ${maths.text}`);
			// Observing again makes it report afresh, even if the sentinel is still in view.
			observer.unobserve(sentinel);
			if (loaded < LAST_POST) observer.observe(sentinel);
		},
		{ root: box, rootMargin: `0px 0px ${THRESHOLD}px 0px` },
	);
	observer.observe(sentinel);
	stop = () => observer.disconnect();
} else {
	// The older way: run the maths on every scroll event (dozens per second while scrolling).
	const onScroll = () => {
		const maths = scrollMaths();
		if (maths.near) loadBatch('scroll maths', maths.text);
	};
	box.addEventListener('scroll', onScroll, { passive: true });
	stop = () => box.removeEventListener('scroll', onScroll);
	console.log('No IntersectionObserver here: falling back to scroll events.');
}

loadBatch('first load');
