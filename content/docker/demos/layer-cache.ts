// A model of Docker's build cache. Each instruction's cache key is computed from the key of the
// layer below it, the instruction's text and, for COPY, a checksum of the files it copies. A build
// reuses a layer whose key it has seen before; the first miss rebuilds that layer and every layer
// above it. Two Dockerfiles build the same Node site; watch which one survives an edit to src/.
// (Real BuildKit keys carry more detail, but the rule is the same.)
export {};

interface Layer {
	instruction: string;
	cached: boolean;
	seconds: number;
}

// The build context: the files `docker build .` sends, after .dockerignore has filtered them.
type Files = Record<string, string>;

const context: Files = {
	'package.json': '{"name":"cs50-web-site","scripts":{"build":"astro build"}}',
	'package-lock.json': '{"lockfileVersion":3,"packages":{"astro":"7.0.0"}}',
	'src/pages/index.astro': '<h1>CS50 Web</h1>',
	'README.md': '# Study site',
};

// How long each kind of step takes when it really runs (made-up but realistic proportions).
function costOf(instruction: string): number {
	if (instruction.startsWith('FROM')) return 0; // the base image is already pulled
	if (instruction.includes('npm ci')) return 45;
	if (instruction.includes('npm run build')) return 20;
	return 1;
}

/** The files a COPY instruction reads: "COPY package*.json ./" or "COPY . .". */
function filesFor(instruction: string, files: Files): string[] {
	const source = instruction.split(/\s+/)[1]!;
	if (source === '.') return Object.keys(files).sort();
	const pattern = new RegExp(`^${source.replaceAll('.', '\\.').replaceAll('*', '[^/]*')}$`);
	return Object.keys(files)
		.filter((f) => pattern.test(f))
		.sort();
}

async function sha256(text: string): Promise<string> {
	const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds a Dockerfile against a cache (a set of keys seen before) and returns its layers. */
async function build(dockerfile: string[], files: Files, cache: Set<string>): Promise<Layer[]> {
	let parent = '';
	let missed = false;
	const layers: Layer[] = [];
	for (const instruction of dockerfile) {
		let input = `${parent}\n${instruction}`;
		if (instruction.startsWith('COPY')) {
			for (const f of filesFor(instruction, files)) input += `\n${f}:${await sha256(files[f]!)}`;
		}
		const key = await sha256(input);
		missed ||= !cache.has(key); // after one miss, nothing above it can come from the cache
		cache.add(key);
		layers.push({ instruction, cached: !missed, seconds: missed ? costOf(instruction) : 0 });
		parent = key;
	}
	return layers;
}

const copyAllFirst = [
	'FROM node:24-slim',
	'WORKDIR /app',
	'COPY . .',
	'RUN npm ci',
	'RUN npm run build',
];
const manifestsFirst = [
	'FROM node:24-slim',
	'WORKDIR /app',
	'COPY package*.json ./',
	'RUN npm ci',
	'COPY . .',
	'RUN npm run build',
];

// The edit a developer makes a dozen times a day: change a page, rebuild.
const edited: Files = { ...context, 'src/pages/index.astro': '<h1>CS50 Web, now with Docker</h1>' };

const results: { title: string; layers: Layer[] }[] = [];
for (const [name, dockerfile] of [
	['COPY . . first', copyAllFirst],
	['package*.json first', manifestsFirst],
] as const) {
	const cache = new Set<string>();
	const first = await build(dockerfile, context, cache);
	const second = await build(dockerfile, edited, cache);
	const total = (layers: Layer[]) => layers.reduce((sum, l) => sum + l.seconds, 0);
	console.log(`\n${name}: first build ${total(first)} s; after editing src/pages/index.astro:`);
	for (const layer of second) {
		console.log(`  ${layer.cached ? 'CACHED ' : 'REBUILD'} ${layer.instruction}`);
	}
	const rebuilt = second.filter((l) => !l.cached).length;
	console.log(`  → ${rebuilt} of ${second.length} steps ran, ${total(second)} s`);
	results.push({ title: `${name}: ${total(second)} s after the edit`, layers: second });
}

// .dockerignore keeps files out of the context, so changing them cannot bust a COPY.
const dockerignore = ['README.md', 'node_modules', 'dist', '.git'];
const ignored = (files: Files): Files =>
	Object.fromEntries(Object.entries(files).filter(([f]) => !dockerignore.includes(f)));
const docsEdit: Files = { ...context, 'README.md': '# Study site\n\nNow with a Dockerfile.' };
for (const [label, filter] of [
	['without .dockerignore', (f: Files) => f],
	['with .dockerignore', ignored],
] as const) {
	const cache = new Set<string>();
	await build(manifestsFirst, filter(context), cache);
	const again = await build(manifestsFirst, filter(docsEdit), cache);
	const ran = again.filter((l) => !l.cached).map((l) => l.instruction);
	console.log(
		`\nREADME.md edited, ${label}: ${ran.length ? `reran ${ran.join(' → ')}` : 'everything cached'}`,
	);
}

draw(results);

/** Draws each build's layers as a stack (base image at the bottom) into the output area. */
function draw(builds: { title: string; layers: Layer[] }[]): void {
	if (typeof document === 'undefined') return; // plain Node: the console output above is all
	const SVG = 'http://www.w3.org/2000/svg';
	const boxW = 270;
	const boxH = 34;
	const gap = 40;
	const rows = Math.max(...builds.map((b) => b.layers.length));
	const width = builds.length * boxW + (builds.length + 1) * gap;
	const height = rows * (boxH + 6) + 76;
	const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
		const node = document.createElementNS(SVG, tag);
		for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
		if (text !== undefined) node.textContent = text;
		return node;
	};
	const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
	svg.setAttribute('style', 'max-width: 100%; height: auto; font: 13px system-ui, sans-serif');
	svg.append(
		el(
			'title',
			{},
			`Layers after editing one source file. ${builds
				.map((b) => `${b.title}: ${b.layers.filter((l) => !l.cached).length} layers rebuilt`)
				.join('. ')}.`,
		),
	);
	builds.forEach((b, column) => {
		const x = gap + column * (boxW + gap);
		svg.append(el('text', { x, y: 20, 'font-weight': 700, fill: 'currentColor' }, b.title));
		b.layers.forEach((layer, i) => {
			// Draw bottom-up: the base image sits at the bottom of the stack.
			const y = 34 + (rows - 1 - i) * (boxH + 6);
			const g = el('g', {});
			g.append(
				el('rect', {
					x,
					y,
					width: boxW,
					height: boxH,
					rx: 5,
					fill: layer.cached ? '#2e7352' : '#a8431f',
					stroke: 'currentColor',
					'stroke-dasharray': layer.cached ? '' : '5 3',
				}),
				el(
					'text',
					{ x: x + 10, y: y + 22, fill: '#ffffff', 'font-family': 'ui-monospace, monospace' },
					`${layer.cached ? '✓ cached ' : '↻ rebuilt'}  ${layer.instruction}`,
				),
			);
			svg.append(g);
		});
	});
	svg.append(
		el(
			'text',
			{ x: gap, y: height - 14, fill: 'currentColor' },
			'Read each stack bottom-up: FROM is the base layer. Dashed boxes were rebuilt.',
		),
	);
	const stage = document.getElementById('output') ?? document.body;
	stage.append(svg);
}
