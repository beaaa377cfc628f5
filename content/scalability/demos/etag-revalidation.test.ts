// @vitest-environment jsdom
import { beforeEach, expect, it, vi } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

type Demo = typeof import('./etag-revalidation');

beforeEach(() => {
	document.body.innerHTML = '<main id="output"></main>';
});

async function run(): Promise<{ lines: string[]; demo: Demo }> {
	let demo: Demo | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./etag-revalidation');
	});
	return { lines, demo: demo! };
}

it("answers If-None-Match with Hono's etag middleware: 304, no body, ETag and Cache-Control kept", async () => {
	const { lines } = await run();
	const tag = /ETag: ("[0-9a-f]{40}")/.exec(lines[0]!)?.[1]; // SHA-1 of the body, quoted
	expect(tag).toBeDefined();
	expect(lines[0]).toBe(`GET → 200, ETag: ${tag}, Cache-Control: max-age=60`);
	expect(lines[1]).toBe(
		`GET with If-None-Match: ${tag} → 304 Not Modified, body 0 bytes, headers: cache-control, etag`,
	);
});

it('reuses a fresh copy, revalidates a stale one, and fetches the new body after a change', async () => {
	const { lines, demo } = await run();
	expect(demo.loads.map((l) => [l.at, l.outcome, l.gate])).toEqual([
		[0, '200 OK', 'B22'],
		[30, 'fresh from cache', 'B22'], // within max-age: no request at all
		[75, '304 Not Modified', 'B22'], // stale: asked, and nothing had changed
		[110, 'fresh from cache', 'B22'], // the gate changed at 100 s, but the copy is still fresh
		[145, '200 OK', 'C7'], // revalidation finds a different ETag
	]);
	expect(demo.loads.filter((l) => l.outcome !== '200 OK').every((l) => l.bodyBytes === 0)).toBe(
		true,
	);
	expect(lines).toContain('t=100 s  server: gate changed to C7');
	expect(lines.at(-1)).toBe('5 loads, 3 requests, 1887 body bytes sent (4720 without caching)');
	// The two 200s carry different ETags: the body changed.
	const etags = lines.filter((l) => l.includes('200 OK')).map((l) => /ETag (\S+)/.exec(l)?.[1]);
	expect(new Set(etags).size).toBe(2);
});

it('lets the reader wait, reload and change the gate from buttons', async () => {
	await run();
	const [wait, change] = [...document.querySelectorAll<HTMLButtonElement>('#output button')];
	expect(wait!.textContent).toBe('Wait 20 s and reload');
	expect(change!.textContent).toBe('Change the gate on the server');
	const svg = document.querySelector('#output svg[role="img"]')!;
	const loadsDrawn = () => svg.querySelectorAll('.event[data-lane="browser"]');
	expect(loadsDrawn()).toHaveLength(5);
	expect(svg.querySelectorAll('.event[data-lane="server"]')).toHaveLength(1); // the gate change
	expect(svg.querySelectorAll('line.link')).toHaveLength(3); // only 3 of 5 loads were requests

	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
	wait!.click(); // t=165: 20 s after the last 200, still fresh
	await settle();
	expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/^t=165 s {2}fresh from cache/));
	change!.click();
	await settle();
	expect(log).toHaveBeenLastCalledWith('t=165 s  server: gate changed to D1');
	for (const _ of [1, 2]) {
		wait!.click(); // t=185 (still fresh), then t=205 (stale: revalidate, new body)
		await settle();
	}
	expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/^t=205 s {2}200 OK .* gate D1 /));
	expect(loadsDrawn()).toHaveLength(8);
	expect(svg.getAttribute('aria-label')).toContain('browser at 205 s: 200 OK');
	log.mockRestore();
});
