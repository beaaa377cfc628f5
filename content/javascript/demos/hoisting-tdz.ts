// What does each kind of declaration give you BEFORE its line has run? Every experiment is a
// function of its own, so each one starts with fresh names.
export {}; // a module: strict mode, and its names stay private to this file

function explain(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// 1. var: the name exists from the top of the function, holding undefined until its line runs.
function varExperiment(): void {
	// @ts-expect-error TypeScript flags this read; plain JavaScript allows it
	console.log('1. var read before its line:', count);
	// eslint-disable-next-line no-var -- var on purpose: this is what we are testing
	var count = 3;
	console.log('1. var read after its line:', count);
}

// 2. A function declaration is created, body and all, before anything in the scope runs.
function functionExperiment(): void {
	console.log('2. function called before its line:', greet('Ada'));
	function greet(name: string): string {
		return `Hello, ${name}`;
	}
}

// 3. let and const: the name belongs to the block from the start, but reading it before the
//    declaration has run throws. That stretch of time is the temporal dead zone (TDZ).
function letExperiment(): void {
	try {
		// @ts-expect-error TypeScript refuses this line; silenced to see what the engine does
		console.log('never printed', limit);
	} catch (error) {
		console.log('3. let read in its TDZ threw', explain(error));
	}
	let limit = 10;
	limit += 5;
	console.log('3. the same let after its line (and limit += 5):', limit);
}

// 4. "Temporal" means time, not position: a function may mention a later const, as long as it
//    is not CALLED until the declaration has run.
function timingExperiment(): void {
	const readRate = () => rate;
	try {
		readRate();
	} catch (error) {
		console.log('4. called too early, it threw', explain(error));
	}
	const rate = 0.92;
	console.log('4. called after the declaration, it returns', readRate());
}

// 5. Even typeof, usually the "safe" way to test a name, throws in the TDZ.
function typeofExperiment(): void {
	// @ts-expect-error a name declared nowhere: TypeScript would stop us, the engine does not
	console.log('5. typeof a name declared nowhere:', typeof neverDeclared);
	try {
		// @ts-expect-error TypeScript refuses this line too
		console.log('never printed', typeof tax);
	} catch (error) {
		console.log('5. typeof a const in its TDZ threw', explain(error));
	}
	const tax = 0.2;
	console.log('5. typeof after the declaration:', typeof tax);
}

// 6. Closures in loops: var has ONE binding for the whole loop, let a fresh one per iteration.
function loopExperiment(): void {
	const withVar: Array<() => number> = [];
	// eslint-disable-next-line no-var -- var on purpose, to compare with let
	for (var i = 0; i < 3; i++) withVar.push(() => i);
	const withLet: Array<() => number> = [];
	for (let j = 0; j < 3; j++) withLet.push(() => j);
	console.log('6. closures made in a var loop see:', withVar.map((read) => read()).join(', '));
	console.log('6. closures made in a let loop see:', withLet.map((read) => read()).join(', '));
}

varExperiment();
functionExperiment();
letExperiment();
timingExperiment();
typeofExperiment();
loopExperiment();
