// Reads a GitHub Actions workflow with the `yaml` package and explains it: the triggers, each job
// with its steps, the order `needs` imposes, and the mistakes a reviewer would flag.
import { parse, parseDocument } from 'yaml';

const GOOD = `
name: CI
on:
  pull_request:
  push:
    branches: [main]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
        with: { node-version: 24, cache: npm }
      - run: npm ci
      - run: npx eslint .
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
      - run: npm ci
      - run: npx vitest run --coverage
  deploy:
    needs: [lint, test]
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
`;

const BROKEN = `
name: CI
on: push
jobs:
  test:
    steps:
      - uses: actions/checkout@main
      - name: Install and test
        uses: actions/setup-python@v5
        run: python manage.py test
  deploy:
    needs: tests
    runs-on: ubuntu-latest
    steps:
      - run: echo "token is \${{ secrets.DEPLOY_TOKEN }}"
`;

type Step = { name?: string; uses?: string; run?: string; with?: unknown; env?: unknown };
type Job = { 'runs-on'?: unknown; needs?: string | string[]; steps?: Step[]; uses?: string };
type Workflow = { name?: string; on?: unknown; jobs?: Record<string, Job> };

const needsOf = (job: Job): string[] =>
	job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];

/** Groups jobs into stages: a job runs once every job it `needs` has finished. */
function stages(jobs: Record<string, Job>): string[][] {
	const done = new Set<string>();
	const result: string[][] = [];
	let left = Object.keys(jobs);
	while (left.length > 0) {
		const ready = left.filter((id) => needsOf(jobs[id]!).every((n) => done.has(n)));
		if (ready.length === 0) break; // the rest wait for a job that never runs (or a cycle)
		result.push(ready);
		for (const id of ready) done.add(id);
		left = left.filter((id) => !done.has(id));
	}
	return result;
}

export function explain(source: string): { problems: string[]; stages: string[][] } {
	const problems: string[] = [];
	if (/^\t/m.test(source)) problems.push('a line is indented with a tab: YAML allows only spaces');
	const doc = parseDocument(source);
	if (doc.errors.length > 0) {
		problems.push(...doc.errors.map((e) => `YAML error: ${e.message.split('\n')[0]}`));
		for (const problem of problems) console.error(`PROBLEM: ${problem}`);
		console.log(`${problems.length} problems found; the file cannot even be read`);
		return { problems, stages: [] };
	}
	const workflow = doc.toJS() as Workflow;
	// A YAML 1.1 parser (PyYAML, and `yaml` in 1.1 mode) reads the key \`on\` as the boolean true.
	const asYaml11 = parse(source, { version: '1.1' }) as Record<string, unknown>;
	if (!('on' in asYaml11) && 'true' in asYaml11)
		console.log('Note: a YAML 1.1 tool would read the key "on" as true; GitHub reads it as "on".');

	console.log(`Workflow "${workflow.name ?? '(no name)'}", triggered by: ${triggers(workflow.on)}`);
	const jobs = workflow.jobs ?? {};
	const rows = [];
	for (const [id, job] of Object.entries(jobs)) {
		if (job['runs-on'] === undefined && job.uses === undefined)
			problems.push(`job "${id}" has no runs-on: GitHub does not know which machine to use`);
		for (const need of needsOf(job))
			if (!(need in jobs)) problems.push(`job "${id}" needs "${need}", but there is no such job`);
		for (const [i, step] of (job.steps ?? []).entries()) {
			const label = `job "${id}" step ${i + 1}`;
			rows.push({ job: id, step: i + 1, does: step.name ?? step.uses ?? step.run ?? '?' });
			if (step.uses && step.run) problems.push(`${label} has both uses and run: pick one`);
			if (step.uses && !/@[0-9a-f]{40}$/.test(step.uses) && !step.uses.startsWith('./'))
				problems.push(`${label} uses ${step.uses}: pin the action to a full commit SHA`);
			if (step.run && /\$\{\{\s*secrets\./.test(step.run))
				problems.push(`${label} puts a secret in its command: pass it through env instead`);
		}
	}
	console.table(rows);
	const order = stages(jobs);
	order.forEach((stage, i) => console.log(`Stage ${i + 1}: ${stage.join(', ')}`));
	const never = Object.keys(jobs).filter((id) => !order.flat().includes(id));
	if (never.length) console.log(`Never runs: ${never.join(', ')}`);
	for (const problem of problems) console.error(`PROBLEM: ${problem}`);
	console.log(problems.length ? `${problems.length} problems found` : 'No problems found');
	return { problems, stages: order };
}

function triggers(on: unknown): string {
	if (typeof on === 'string') return on;
	if (Array.isArray(on)) return on.join(', ');
	if (on && typeof on === 'object') return Object.keys(on).join(', ');
	return '(none)';
}

console.log('--- a good workflow ---');
export const good = explain(GOOD);
console.log('--- a broken workflow ---');
export const broken = explain(BROKEN);
console.log('--- a workflow indented with a tab ---');
export const tabbed = explain('on: push\njobs:\n\ttest:\n\t\truns-on: ubuntu-latest\n');
