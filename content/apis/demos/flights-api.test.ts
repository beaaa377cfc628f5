import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

/** The JSON printed after the status line for `path`. */
function bodyAfter(lines: string[], path: string): unknown {
	const index = lines.findIndex((line) => line.startsWith(`GET ${path} ->`));
	expect(index).toBeGreaterThanOrEqual(0);
	return JSON.parse(lines[index + 1]!);
}

it('serves the flights as JSON, nests passengers and sends JSON 404s', async () => {
	const lines = await runDemo(() => import('./flights-api'));
	expect(lines.filter((line) => line.startsWith('GET '))).toEqual([
		'GET /api/flights -> 200, Content-Type: application/json',
		'GET /api/flights/1 -> 200, Content-Type: application/json',
		'GET /api/flights/99 -> 404, Content-Type: application/json',
		'GET /api/flights/abc -> 404, Content-Type: application/json',
	]);

	const list = bodyAfter(lines, '/api/flights') as { data: { id: number }[]; count: number };
	expect(list.count).toBe(3);
	expect(list.data.map((f) => f.id)).toEqual([1, 2, 3]);

	expect(bodyAfter(lines, '/api/flights/1')).toEqual({
		data: {
			id: 1,
			origin: 'New York',
			destination: 'London',
			duration: 415,
			passengers: [
				{ id: 1, name: 'Alice' },
				{ id: 2, name: 'Bob' },
			],
		},
	});
	expect(bodyAfter(lines, '/api/flights/99')).toEqual({
		error: { code: 'flight_not_found', message: 'No flight has id 99.' },
	});
	expect(bodyAfter(lines, '/api/flights/abc')).toEqual({
		error: { code: 'not_found', message: 'No route matches GET /api/flights/abc.' },
	});
});
