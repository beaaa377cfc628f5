// The ordering puzzle, run for real. Steps are numbered as the lines PRINT, so the numbers
// show the order the event loop actually chose, and each line says why it ran when it did.
export {}; // a module: its names stay private to this file

let step = 0;
function log(what: string, why: string): void {
	step += 1;
	console.log(`${step}. ${what} (${why})`);
}

// Resolved by the last timer, so the demo (and its test) can wait until everything has run.
let finish: () => void = () => {};
const allDone = new Promise<void>((resolve) => (finish = resolve));

log('script starts', 'sync: this whole script is the current task');

// Two timers with a 0 ms delay: each queues a TASK, which must wait for a later turn of the loop.
setTimeout(() => {
	log('timeout 1', 'task: runs only once the stack and the microtask queue are empty');
	// A microtask queued DURING a task runs as soon as that task ends, before the next task.
	Promise.resolve().then(() =>
		log('.then queued inside timeout 1', 'microtask: drained before timeout 2 starts'),
	);
}, 0);
setTimeout(() => {
	log('timeout 2', 'task: the next turn of the event loop');
	finish();
}, 0);

// queueMicrotask puts a callback straight into the microtask queue.
queueMicrotask(() => log('queueMicrotask callback', 'microtask: runs before the next task'));

// The promise is already fulfilled, so the first .then is queued now. The second .then waits
// for the promise the first one returns, so it is queued only after the first has run.
Promise.resolve()
	.then(() => log('first .then', 'microtask: its promise was already fulfilled'))
	.then(() => log('second .then', 'microtask: queued when the first .then returned'));

// An async function runs synchronously up to its first await. The rest of it is a microtask.
async function loadRates(): Promise<void> {
	log('async function starts', 'sync: no await reached yet');
	await null;
	log('after await', 'microtask: the function resumes once the awaited value is ready');
}
loadRates();

log('script ends', 'sync: the last line of the current task');

await allDone;
console.log('Rule: all synchronous code, then every microtask, then the next task.');
