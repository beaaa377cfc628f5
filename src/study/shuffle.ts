/**
 * The order an "order the steps" item shows its steps in: shuffled, but the same on every build
 * and every visit (seeded by the item's id), and never already in the right order.
 */
export function shuffledSteps(id: string, count: number): number[] {
	let seed = 2166136261;
	for (const char of id) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
	const random = () => {
		seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
		return seed / 2 ** 32;
	};
	const order = Array.from({ length: count }, (_, i) => i);
	for (let i = count - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	if (order.every((step, i) => step === i)) order.push(order.shift()!);
	return order;
}
