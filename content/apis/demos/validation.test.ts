import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('answers bad bodies with 400 and field errors, and a good one with 201 and Location', async () => {
	const lines = await runDemo(() => import('./validation'));
	expect(lines).toEqual([
		'Missing field: 400',
		'  validation_failed',
		'  - destination: is required',
		'Wrong type: 400',
		'  validation_failed',
		'  - duration: must be a number',
		'Negative duration: 400',
		'  validation_failed',
		'  - duration: must be greater than 0',
		'Three problems: 400',
		'  validation_failed',
		'  - origin: must not be empty',
		'  - destination: is required',
		'  - duration: must be a whole number of minutes',
		'Malformed JSON: 400',
		'  invalid_json',
		'Not an object: 400',
		'  validation_failed',
		'  - (body): the body must be a JSON object',
		'Valid: 201, Location: /api/flights/2',
		// The client's "id": 999 was stripped by the schema; the server chose id 2.
		'  created {"data":{"id":2,"origin":"Paris","destination":"Rome","duration":135}}',
	]);
});
