// One click, three phases: the event travels down from the window (capturing), reaches the
// element that was clicked (target), then travels back up (bubbling).
export {}; // a module: its names stay private to this file

const stage = document.getElementById('output') ?? document.body;

const PHASES = ['none', 'capturing', 'target', 'bubbling'];
let stopInMiddle = false;

function box(name: string, parent: HTMLElement, colour: string): HTMLElement {
	const element = document.createElement('div');
	element.dataset.name = name;
	element.textContent = name;
	Object.assign(element.style, {
		padding: '0.6rem 1rem 1rem',
		marginTop: '0.4rem',
		border: `3px solid ${colour}`,
		borderRadius: '0.5rem',
		font: '600 15px system-ui, sans-serif',
		cursor: 'pointer',
	});
	parent.append(element);
	return element;
}

const outer = box('outer', stage, '#6c8cff');
const middle = box('middle', outer, '#35b6a0');
const inner = box('inner', middle, '#e0925a');

for (const element of [outer, middle, inner]) {
	const name = element.dataset.name;
	// The third argument `true` (or { capture: true }) listens during the capturing phase.
	element.addEventListener('click', (event) => log(event, name), true);
	element.addEventListener('click', (event) => {
		log(event, name);
		if (stopInMiddle && element === middle) {
			event.stopPropagation();
			console.log('  middle called stopPropagation(): the event stops here');
		}
	});
}

function log(event: Event, name: string | undefined): void {
	console.log(`  ${PHASES[event.eventPhase]} listener on ${name}`);
}

console.log('Click 1: a plain click on the inner box');
inner.click();

console.log('Click 2: the same click, but middle stops propagation while bubbling');
stopInMiddle = true;
inner.click();

console.log('Now click any box yourself and watch the order.');
