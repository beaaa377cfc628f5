// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

/** The transcript one pane printed: the lines after "<name> (sock-N) saw:". */
function transcript(lines: string[], name: string): string[] {
	const block = lines.find((line) => line.startsWith(`${name} (`));
	expect(block, `no transcript for ${name}`).toBeDefined();
	return block!.split('\n  ').slice(1);
}

const panes = () => [...document.querySelectorAll<HTMLElement>('#output section')];
const logText = (pane: HTMLElement) => pane.querySelector('[role="log"]')!.textContent ?? '';

it('chat-panes: the scripted chat reaches room members only, with acks and history', async () => {
	const lines = await runDemo(() => import('./chat-panes'));

	// Acknowledgements carry the server's message ids, in the order the server handled them.
	expect(lines).toContain('Ana: ack for "Hi Ben!" → message id 1');
	expect(lines).toContain('Ben: ack for "Hello Ana." → message id 2');
	expect(lines).toContain('Cy: ack for "Anyone in random?" → message id 3');
	expect(lines).toContain('Cy: ack for "Found you!" → message id 4');

	const ana = transcript(lines, 'Ana');
	expect(ana).toContain('Ana (you): Hi Ben!');
	expect(ana).toContain('Ben: Hello Ana.');
	expect(ana).toContain('* Cy joined');
	expect(ana).toContain('Cy: Found you!');
	expect(ana).not.toContain('Cy: Anyone in random?'); // room isolation

	const cy = transcript(lines, 'Cy');
	expect(cy.indexOf('Cy (you): Anyone in random?')).toBeLessThan(
		cy.indexOf('— joined #general (earlier messages: 2) —'),
	);
	// A late joiner gets the channel's history from the join acknowledgement.
	expect(cy).toContain('Ana: Hi Ben!');
	expect(cy).toContain('Ben: Hello Ana.');
	expect(lines.at(-1)).toMatch(/Server: display names → socket ids.*ana.*sock-1/s);
});

it('chat-panes: the panes are real, labelled forms you can use', async () => {
	await runDemo(() => import('./chat-panes'));
	const [ana, ben, cy] = panes();
	expect(document.querySelector('#output')!.textContent).toContain('Simulation:');
	expect(document.querySelectorAll('#output [role="log"]')).toHaveLength(3);
	expect(ben!.querySelector('label input')).not.toBeNull();
	expect(ben!.querySelector('label select')).not.toBeNull();

	// Type in Ben's pane and press Send: Ana and Cy (both in #general now) see it.
	ben!.querySelector('input')!.value = 'typed by hand';
	ben!.querySelector('form')!.requestSubmit();
	await vi.waitFor(() => expect(logText(ana!)).toContain('Ben: typed by hand'));
	await vi.waitFor(() => expect(logText(cy!)).toContain('Ben: typed by hand'));

	// Ana switches to #random and finds Cy's earlier message there.
	const select = ana!.querySelector('select')!;
	select.value = 'random';
	select.dispatchEvent(new Event('change'));
	await vi.waitFor(() => expect(logText(ana!)).toContain('Cy: Anyone in random?'));

	// Reconnect: a new socket id, and the remembered channel is joined again.
	ana!.querySelector<HTMLButtonElement>('button[type="button"]')!.click();
	await vi.waitFor(() =>
		expect(ana!.querySelector('.status')!.textContent).toBe('connected as sock-4'),
	);
	await vi.waitFor(() =>
		expect(logText(ana!)).toContain('— joined #random (earlier messages: 1) —'),
	);
});
