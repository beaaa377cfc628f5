// @vitest-environment jsdom
//
// jsdom runs no animations: it has no matchMedia, no element.animate(), and it never fires
// animationend. The tests therefore give it a matchMedia that answers as we choose and a minimal
// stand-in for Animation, and check what the demo controls: which keyframes it picks, the
// animation-play-state and animation-fill-mode it sets on the CSS box, and the calls it makes
// on the Web Animations object. Whether anything moves on screen is for a browser to show.
import { afterEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

class FakeAnimation {
	playState: AnimationPlayState = 'running';
	finished = new Promise<never>(() => {}); // never finishes: jsdom's clock does not run it
	effect = { updateTiming: vi.fn() };
	play = vi.fn(() => void (this.playState = 'running'));
	pause = vi.fn(() => void (this.playState = 'paused'));
	cancel = vi.fn(() => void (this.playState = 'idle'));
}

function setUp(reduce: boolean) {
	vi.stubGlobal('matchMedia', (query: string) => ({
		matches: reduce && query === '(prefers-reduced-motion: reduce)',
		media: query,
	}));
	const animations: FakeAnimation[] = [];
	const animate = vi.fn(() => {
		const animation = new FakeAnimation();
		animations.push(animation);
		return animation;
	});
	HTMLElement.prototype.animate = animate as never;
	document.body.innerHTML = '<main id="output"></main>';
	return { animate, animations };
}

afterEach(() => {
	vi.unstubAllGlobals();
	delete (HTMLElement.prototype as Partial<HTMLElement>).animate;
});

it('slides with transform and opacity, and pause/fill/restart drive both the CSS and WAAPI versions', async () => {
	const { animate, animations } = setUp(false);
	const lines = await runDemo(() => import('./keyframes-controller'));
	expect(lines[0]).toBe('prefers-reduced-motion: no-preference → slide and grow');
	expect(document.querySelector('#output style')?.textContent).toContain('@keyframes slide-grow');

	// The WAAPI version: same keyframes, 2 s after a 1 s delay, filling both ways.
	const [keyframes, options] = animate.mock.calls[0] as unknown as [
		Keyframe[],
		KeyframeAnimationOptions,
	];
	expect(keyframes.map((frame) => frame.transform)).toEqual([
		'translateX(0) scale(0.5)',
		'translateX(8rem) scale(1)',
	]);
	for (const frame of keyframes) {
		expect(Object.keys(frame).sort()).toEqual(['opacity', 'transform']); // cheap to animate
	}
	expect(options).toMatchObject({ duration: 2000, delay: 1000, fill: 'both' });
	expect(lines).toContain('Started: CSS animation-play-state = running, WAAPI playState = running');

	const cssBox = document.querySelector<HTMLElement>('.css-box')!;
	const button = (action: string) =>
		document.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});

	button('pause').click();
	expect(cssBox.style.animationPlayState).toBe('paused');
	expect(animations[0]!.pause).toHaveBeenCalled();
	expect(log).toHaveBeenLastCalledWith(
		'Pause: CSS animation-play-state = paused, WAAPI playState = paused',
	);

	button('play').click();
	expect(cssBox.style.animationPlayState).toBe('running');
	expect(animations[0]!.playState).toBe('running');

	const select = document.querySelector('select')!;
	select.value = 'forwards';
	select.dispatchEvent(new Event('change'));
	expect(cssBox.style.animationFillMode).toBe('forwards');
	expect(animations[0]!.effect.updateTiming).toHaveBeenCalledWith({ fill: 'forwards' });

	button('restart').click();
	expect(animations[0]!.cancel).toHaveBeenCalled();
	expect(cssBox.style.animationFillMode).toBe('forwards'); // the chosen fill survives a restart
	expect(cssBox.style.animationPlayState).toBe('running');
	expect(cssBox.style.animationName).toBe(''); // the stylesheet's slide-grow applies again
	expect(animations[0]!.play).toHaveBeenCalledTimes(2); // Play, then Restart
	log.mockRestore();
});

it('with prefers-reduced-motion: reduce, fades without moving', async () => {
	const { animate } = setUp(true);
	const lines = await runDemo(() => import('./keyframes-controller'));
	expect(lines[0]).toBe('prefers-reduced-motion: reduce → fade only');
	const [keyframes] = animate.mock.calls[0] as unknown as [Keyframe[]];
	expect(keyframes).toEqual([{ opacity: 0.2 }, { opacity: 1 }]);
	// The CSS version switches to the fade keyframes through a media query of its own.
	expect(document.querySelector('#output style')?.textContent).toMatch(
		/@media \(prefers-reduced-motion: reduce\) \{ \.css-box \{ animation-name: fade; \} \}/,
	);
});
