import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

/** The indented lines printed under the heading line `label`. */
function block(lines: string[], label: string): string[] {
	const start = lines.indexOf(label);
	expect(start, `no line "${label}"`).toBeGreaterThanOrEqual(0);
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((line) => !line.startsWith('  '));
	return end === -1 ? rest : rest.slice(0, end);
}

it('answers JSON with 200, a fulfilled 404, a POST with a JSON body, and rejects only with no response', async () => {
	const lines = await runDemo(() => import('./fetch-hono'));
	expect(lines[0]).toContain('No network is used');

	expect(block(lines, 'GET /api/rates/EUR')).toEqual([
		'  response.ok: true',
		'  response.status: 200',
		"  headers.get('content-type'): application/json",
		'  await response.json(): {"base":"USD","currency":"EUR","rate":0.92}',
	]);

	// The 404 fulfilled the promise: its block printed and the catch line did not.
	expect(block(lines, 'GET /api/rates/XYZ (fetch did not reject)')).toEqual([
		'  response.ok: false',
		'  response.status: 404',
		"  headers.get('content-type'): application/json",
		'  await response.json(): {"error":"No rate for XYZ"}',
		'  so check response.ok yourself: HTTP 404',
	]);
	expect(lines.some((line) => line.startsWith('never printed'))).toBe(false);

	expect(block(lines, 'POST /api/convert')).toEqual([
		'  response.ok: true',
		'  response.status: 200',
		"  headers.get('content-type'): application/json",
		'  await response.json(): {"from":"USD","to":"GBP","amount":250,"result":197.5}',
	]);

	expect(block(lines, 'GET /api/ratez (a typo in the path)')).toEqual([
		'  response.status: 404',
		"  headers.get('content-type'): text/plain; charset=UTF-8",
		'  await response.text(): "404 Not Found"',
	]);

	expect(lines.at(-1)).toBe('Unreachable server: fetch rejected with TypeError: Failed to fetch');
});
