// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('layer-cache: an edit to src/ reruns npm ci only when COPY . . comes first; .dockerignore shields README.md', async () => {
	document.body.innerHTML = '<main id="output"></main>';
	const lines = await runDemo(() => import('./layer-cache'));
	const block = (title: string) => {
		const start = lines.findIndex((l) => l.includes(title));
		return lines.slice(start, start + 8);
	};

	const naive = block('COPY . . first:');
	expect(naive).toContain('  CACHED  WORKDIR /app');
	expect(naive).toContain('  REBUILD COPY . .');
	expect(naive).toContain('  REBUILD RUN npm ci'); // the 45-second install runs again
	expect(naive).toContain('  → 3 of 5 steps ran, 66 s');

	const ordered = block('package*.json first:');
	expect(ordered).toContain('  CACHED  COPY package*.json ./');
	expect(ordered).toContain('  CACHED  RUN npm ci');
	expect(ordered).toContain('  REBUILD COPY . .');
	expect(ordered).toContain('  → 2 of 6 steps ran, 21 s');

	expect(lines).toContain(
		'\nREADME.md edited, without .dockerignore: reran COPY . . → RUN npm run build',
	);
	expect(lines).toContain('\nREADME.md edited, with .dockerignore: everything cached');

	// The SVG: one box per layer (5 + 6), rebuilt ones labelled as such, not only coloured.
	const svg = document.querySelector('#output svg')!;
	expect(svg.getAttribute('role')).toBe('img');
	expect(svg.querySelectorAll('rect')).toHaveLength(11);
	const labels = [...svg.querySelectorAll('g text')].map((t) => t.textContent);
	expect(labels.filter((t) => t!.startsWith('↻ rebuilt'))).toHaveLength(5);
	expect(labels).toContain('✓ cached   RUN npm ci');
	expect(svg.querySelector('title')?.textContent).toContain(
		'package*.json first: 21 s after the edit: 2 layers rebuilt',
	);
});
