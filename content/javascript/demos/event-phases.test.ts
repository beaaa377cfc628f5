// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('logs capturing top-down, then target, then bubbling bottom-up; stopPropagation cuts it', async () => {
	document.body.innerHTML = '<main id="output"></main>';
	const lines = await runDemo(() => import('./event-phases'));
	const firstClick = lines.slice(
		lines.indexOf('Click 1: a plain click on the inner box') + 1,
		lines.indexOf('Click 2: the same click, but middle stops propagation while bubbling'),
	);
	expect(firstClick).toEqual([
		'  capturing listener on outer',
		'  capturing listener on middle',
		'  target listener on inner',
		'  target listener on inner',
		'  bubbling listener on middle',
		'  bubbling listener on outer',
	]);
	const secondClick = lines.slice(
		lines.indexOf('Click 2: the same click, but middle stops propagation while bubbling') + 1,
	);
	expect(secondClick).toContain('  bubbling listener on middle');
	expect(secondClick).toContain('  middle called stopPropagation(): the event stops here');
	expect(secondClick).not.toContain('  bubbling listener on outer');
	expect(document.querySelectorAll('#output div')).toHaveLength(3);
});
