import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('orders jobs by needs and flags each mistake of the broken workflow', async () => {
	let demo: typeof import('./workflow-explainer') | undefined;
	const lines = await runDemo(async () => {
		demo = await import('./workflow-explainer');
	});
	const { good, broken, tabbed } = demo!;
	expect(good.problems).toEqual([]);
	expect(good.stages).toEqual([['lint', 'test'], ['deploy']]);
	expect(lines).toContain('Workflow "CI", triggered by: pull_request, push');

	expect(broken.stages).toEqual([['test']]);
	expect(lines).toContain('Never runs: deploy');
	expect(broken.problems).toEqual([
		'job "test" has no runs-on: GitHub does not know which machine to use',
		'job "test" step 1 uses actions/checkout@main: pin the action to a full commit SHA',
		'job "test" step 2 has both uses and run: pick one',
		'job "test" step 2 uses actions/setup-python@v5: pin the action to a full commit SHA',
		'job "deploy" needs "tests", but there is no such job',
		'job "deploy" step 1 puts a secret in its command: pass it through env instead',
	]);
	expect(tabbed.problems[0]).toBe('a line is indented with a tab: YAML allows only spaces');
	expect(tabbed.problems[1]).toMatch(/^YAML error: Tabs are not allowed as indentation/);
	// The YAML 1.1 reading of `on` is reported for each readable workflow.
	expect(lines.filter((l) => l.includes('read the key "on" as true'))).toHaveLength(2);
});
