import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('prints sync code first, then every microtask, then each timer task with its own microtasks', async () => {
	const lines = await runDemo(() => import('./event-loop-order'));
	// The step numbers are assigned as lines print, so they must count 1 to 10 in print order.
	expect(lines.slice(0, 10).map((line) => line.split(' (')[0])).toEqual([
		'1. script starts',
		'2. async function starts',
		'3. script ends',
		'4. queueMicrotask callback',
		'5. first .then',
		'6. after await',
		'7. second .then',
		'8. timeout 1',
		'9. .then queued inside timeout 1',
		'10. timeout 2',
	]);
	// Every line carries its reason.
	expect(lines[3]).toBe('4. queueMicrotask callback (microtask: runs before the next task)');
	expect(lines[8]).toBe(
		'9. .then queued inside timeout 1 (microtask: drained before timeout 2 starts)',
	);
	expect(lines[10]).toBe('Rule: all synchronous code, then every microtask, then the next task.');
	expect(lines).toHaveLength(11);
});
