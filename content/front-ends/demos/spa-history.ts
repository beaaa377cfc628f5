// A three-page single-page app. The links are real links (?page=…), so they would still work
// without JavaScript; the script intercepts them, swaps the content, updates the title, moves
// focus, and keeps the URL and the Back button in step with pushState and popstate.
export {};

interface View {
	title: string;
	heading: string;
	text: string;
}
interface State {
	page: string;
	index: number; // position of this entry among the demo's own history entries
}

const VIEWS: Record<string, View> = {
	home: { title: 'Home · CS50 Air', heading: 'Welcome aboard', text: 'Pick a page above.' },
	flights: { title: 'Flights · CS50 Air', heading: 'Flights', text: 'AA 100 to Paris, 3 seats.' },
	about: { title: 'About · CS50 Air', heading: 'About us', text: 'A tiny airline with one SPA.' },
};

const stage = document.getElementById('output') ?? document.body;
stage.innerHTML = `
	<nav aria-label="Demo pages">
		<a href="?page=home" data-page="home">Home</a> ·
		<a href="?page=flights" data-page="flights">Flights</a> ·
		<a href="?page=about" data-page="about">About</a>
	</nav>
	<p><button type="button" id="back">Back</button> <button type="button" id="forward">Forward</button></p>
	<section><h2 tabindex="-1"></h2><p></p></section>`;
const heading = stage.querySelector('h2')!;
const text = stage.querySelector('section p')!;
const backButton = stage.querySelector<HTMLButtonElement>('#back')!;
const forwardButton = stage.querySelector<HTMLButtonElement>('#forward')!;

let current: State = { page: 'home', index: 0 };
let furthest = 0; // the highest index we can go forward to

function render(state: State, moveFocus: boolean): void {
	const view = VIEWS[state.page] ?? VIEWS.home!;
	document.title = view.title; // pushState's second argument does not do this for you
	heading.textContent = view.heading;
	text.textContent = view.text;
	for (const link of stage.querySelectorAll<HTMLAnchorElement>('a[data-page]')) {
		if (link.dataset.page === state.page) link.setAttribute('aria-current', 'page');
		else link.removeAttribute('aria-current');
	}
	// Our own buttons never step out of the demo's entries (that would leave this page).
	backButton.disabled = state.index === 0;
	forwardButton.disabled = state.index >= furthest;
	if (moveFocus) heading.focus(); // screen readers announce the new view's heading
}

// The first entry has no state until we give it one, or popstate would find null here later.
history.replaceState(current, '');
render(current, false);
console.log(`Start: ${VIEWS.home!.title}, history.state =`, history.state);

stage.querySelector('nav')!.addEventListener('click', (event) => {
	const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
	if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return; // new tab: let it be
	event.preventDefault(); // no request, no new document
	const page = link.dataset.page!;
	if (page === current.page) return;
	current = { page, index: current.index + 1 };
	furthest = current.index; // pushing discards any entries we could have gone forward to
	history.pushState(current, '', `?page=${page}`);
	render(current, true);
	console.log(`pushState → ${location.search}, entry ${current.index} (no popstate fired)`);
});

window.addEventListener('popstate', (event) => {
	current = (event.state as State | null) ?? { page: 'home', index: 0 };
	render(current, true);
	console.log(`popstate → ${location.search || '(start URL)'}, entry ${current.index}`);
});

backButton.addEventListener('click', () => history.back()); // popstate follows, a moment later
forwardButton.addEventListener('click', () => history.forward());
