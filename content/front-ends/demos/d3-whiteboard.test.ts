// @vitest-environment jsdom
//
// jsdom has no SVG geometry (no getScreenCTM), so d3.pointer falls back to the element's
// bounding box, which jsdom reports as 0 × 0 at the origin: the points are simply clientX and
// clientY. In a browser they are converted into the viewBox's units instead.
import { expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

/** jsdom has had PointerEvent since version 22; older ones get a MouseEvent of the same type. */
function pointer(target: Element, type: string, clientX: number, clientY: number): void {
	const init = { bubbles: true, clientX, clientY, pointerId: 1, pointerType: 'mouse' };
	const Pointer = window.PointerEvent ?? window.MouseEvent;
	target.dispatchEvent(new Pointer(type, init));
}

it('draws strokes as <path> elements with the chosen colour and width, and undo/clear remove them', async () => {
	document.body.innerHTML = '<main id="output"></main>';
	const lines = await runDemo(() => import('./d3-whiteboard'));
	expect(lines).toEqual(['Example wave drawn: 25 points → strokes on the board: 1']);

	const svg = document.querySelector('#output svg')!;
	const paths = () => [...svg.querySelectorAll('path')];
	expect(paths()).toHaveLength(1);
	expect(paths()[0]!.getAttribute('stroke')).toBe('#6c8cff');

	// Every control is a real form control or button with a visible label: keyboard reachable.
	const colour = document.querySelector<HTMLInputElement>('#output label input[type="color"]')!;
	const width = document.querySelector<HTMLInputElement>('#output label input[type="range"]')!;
	const [undo, clear] = [...document.querySelectorAll<HTMLButtonElement>('#output button')];
	expect(colour.closest('label')?.textContent).toContain('Colour');
	expect(width.closest('label')?.textContent).toContain('Thickness');
	expect([undo?.textContent, clear?.textContent]).toEqual(['Undo last stroke', 'Clear']);

	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	colour.value = '#ff0000';
	width.value = '8';
	pointer(svg, 'pointerdown', 10, 20);
	pointer(svg, 'pointermove', 30, 40);
	pointer(svg, 'pointermove', 50, 45);
	pointer(svg, 'pointerup', 50, 45);
	expect(paths()).toHaveLength(2);
	const drawn = paths()[1]!;
	expect(drawn.getAttribute('stroke')).toBe('#ff0000');
	expect(drawn.getAttribute('stroke-width')).toBe('8');
	expect(drawn.getAttribute('d')).toBe('M10,20L30,40L50,45');
	expect(log).toHaveBeenLastCalledWith(
		'Stroke 2: 3 points, #ff0000, width 8 → strokes on the board: 2',
	);

	// Moving without a button pressed draws nothing.
	pointer(svg, 'pointermove', 200, 200);
	expect(paths()).toHaveLength(2);

	undo!.click();
	expect(paths()).toHaveLength(1);
	expect(paths()[0]!.getAttribute('stroke')).toBe('#6c8cff'); // the last stroke went, not the first
	expect(log).toHaveBeenLastCalledWith('Undo → strokes on the board: 1');

	pointer(svg, 'pointerdown', 5, 5);
	pointer(svg, 'pointerleave', 5, 5); // leaving the board ends the stroke too
	clear!.click();
	expect(paths()).toHaveLength(0);
	expect(log).toHaveBeenLastCalledWith('Clear → strokes on the board: 0');
	log.mockRestore();
});
