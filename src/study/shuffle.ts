/**
 * The orders quiz items show their choices and steps in: shuffled, but the same on every build
 * and every visit (seeded by the item's id), so a reader's saved answers still line up and the
 * page needs no script to render them. Authors write choices in any order (usually the right
 * answer first); readers never see a pattern in where the right answer sits.
 */
function seededOrder(id: string, salt: string, count: number): number[] {
	let seed = 2166136261;
	for (const char of salt + id) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
	const random = () => {
		seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
		return seed / 2 ** 32;
	};
	const order = Array.from({ length: count }, (_, i) => i);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** Steps of an "order the steps" item: never already in the right order. */
export function shuffledSteps(id: string, count: number): number[] {
	const order = seededOrder(id, '', count);
	if (order.every((step, i) => step === i)) order.push(order.shift()!);
	return order;
}

/** Choices of a single- or multiple-choice item, as indices into the authored list. */
export function shuffledChoices(id: string, count: number): number[] {
	return seededOrder(id, 'choices:', count);
}
