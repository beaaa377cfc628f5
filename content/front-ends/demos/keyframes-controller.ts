// The same animation twice, side by side: with CSS @keyframes, and with the Web Animations API
// (element.animate). One set of controls drives both. Only transform and opacity change, so
// the browser can animate on the compositor without recalculating layout.
export {};

const stage = document.getElementById('output') ?? document.body;
const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
// Reduced motion: keep the change of state, drop the movement (a fade instead of a slide).
const KEYFRAMES: Keyframe[] = reduce
	? [{ opacity: 0.2 }, { opacity: 1 }]
	: [
			{ transform: 'translateX(0) scale(0.5)', opacity: 0.2 },
			{ transform: 'translateX(8rem) scale(1)', opacity: 1 },
		];
console.log(
	`prefers-reduced-motion: ${reduce ? 'reduce → fade only' : 'no-preference → slide and grow'}`,
);

const style = document.createElement('style');
style.textContent = `
	@keyframes slide-grow {
		from { transform: translateX(0) scale(0.5); opacity: 0.2; }
		to { transform: translateX(8rem) scale(1); opacity: 1; }
	}
	@keyframes fade { from { opacity: 0.2; } to { opacity: 1; } }
	.css-box { animation: slide-grow 2s ease-out 1s both; }
	@media (prefers-reduced-motion: reduce) { .css-box { animation-name: fade; } }
	.pair { display: flex; flex-wrap: wrap; gap: 1rem; }
	.pair > div { min-width: 12rem; }
	.box { width: 3rem; height: 3rem; margin: 0.5rem 0; border-radius: 0.5rem; background: #6c8cff; }`;
stage.innerHTML = `
	<p><button type="button" data-action="play">Play</button>
	<button type="button" data-action="pause">Pause</button>
	<button type="button" data-action="restart">Restart</button>
	<label>Fill mode <select>
		<option>none</option><option>forwards</option><option>backwards</option><option selected>both</option>
	</select></label></p>
	<div class="pair">
		<div><p>CSS @keyframes</p><div class="box css-box"></div></div>
		<div><p>Web Animations API</p><div class="box js-box"></div></div>
	</div>`;
stage.prepend(style);
const cssBox = stage.querySelector<HTMLElement>('.css-box')!;
const jsBox = stage.querySelector<HTMLElement>('.js-box')!;
const fillSelect = stage.querySelector('select')!;

const animation = jsBox.animate(KEYFRAMES, {
	duration: 2000, // WAAPI times are in milliseconds; CSS wrote 2s
	delay: 1000,
	easing: 'ease-out',
	fill: 'both',
});
const report = (what: string) =>
	console.log(
		`${what}: CSS animation-play-state = ${cssBox.style.animationPlayState || 'running'}, WAAPI playState = ${animation.playState}`,
	);
// `finished` is a promise; Restart cancels it (a rejection we ignore) and a new one starts.
const watchEnd = () => animation.finished.then(() => report('WAAPI finished')).catch(() => {});
cssBox.addEventListener('animationend', () => console.log('CSS animationend fired'));
report('Started');
watchEnd();

const actions: Record<string, () => void> = {
	play() {
		cssBox.style.animationPlayState = 'running';
		animation.play();
	},
	pause() {
		cssBox.style.animationPlayState = 'paused';
		animation.pause();
	},
	restart() {
		cssBox.style.animationName = 'none'; // remove the animation…
		void cssBox.offsetWidth; // …make the browser notice (reading a size forces a style update)…
		cssBox.style.animationName = ''; // …and give it back, so it starts again from 0 s
		cssBox.style.animationPlayState = 'running';
		animation.cancel();
		animation.play();
		watchEnd();
	},
};
stage.addEventListener('click', (event) => {
	const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset
		.action;
	if (!action) return;
	actions[action]!();
	report(action[0]!.toUpperCase() + action.slice(1));
});
fillSelect.addEventListener('change', () => {
	const fill = fillSelect.value as FillMode;
	cssBox.style.animationFillMode = fill;
	animation.effect?.updateTiming({ fill });
	console.log(`Fill mode → ${fill} (press Restart to watch the delay and the end)`);
});
