// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

let observer: MutationObserver;
beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
	// jsdom loads no images, so play the browser's part: a "data:," image fails to decode and
	// fires its error event. jsdom runs inline handlers (runScripts: 'dangerously').
	observer = new MutationObserver(() => {
		for (const img of document.querySelectorAll<HTMLImageElement>('img[src="data:,"]')) {
			if (img.dataset.fired) continue;
			img.dataset.fired = '1';
			queueMicrotask(() => img.dispatchEvent(new Event('error')));
		}
	});
	observer.observe(document.body, { childList: true, subtree: true });
});
afterEach(() => observer.disconnect());

it('stored-xss: the onerror payload runs with | safe and is inert text with autoescaping', async () => {
	const lines = await runDemo(() => import('./stored-xss'));
	const [off, on] = [...document.querySelectorAll<HTMLElement>('#output section')];

	// Escaping off: the markup became a real element, and its handler wrote the marker.
	expect(lines.find((l) => l.startsWith('Escaping OFF') && l.includes('sent'))).toContain(
		'<img src="data:," onerror=',
	);
	expect(off!.dataset.hacked).toBe('yes');
	expect(off!.textContent).toContain('Nice pics ⚠ SCRIPT RAN: code from mallory');
	expect(lines).toContain(
		'Escaping OFF ({{ m.contents | safe }}): elements carrying a script: 1; injected script ran: YES',
	);

	// Escaping on: the same characters arrive as text, shown to the reader, never parsed.
	expect(lines.find((l) => l.startsWith('Escaping ON') && l.includes('sent'))).toContain(
		'Nice pics &lt;img src=&quot;data:,&quot; onerror=&quot;',
	);
	expect(on!.querySelector('img')).toBeNull();
	expect(on!.dataset.hacked).toBeUndefined();
	expect(on!.textContent).toContain('Nice pics <img src="data:," onerror=');
	expect(on!.textContent).not.toContain('Nice pics ⚠ SCRIPT RAN');
	expect(on!.textContent).toContain('I typed 3 < 5 & 5 > 3.');
	expect(lines).toContain(
		'Escaping ON ({{ m.contents }}): elements carrying a script: 0; injected script ran: no',
	);
});
