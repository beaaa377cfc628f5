/**
 * Draws a commit graph as SVG into the demo's output area (in the browser sandbox, or a test's
 * DOM). Demos import it as "demo-kit/commit-graph" and pass isomorphic-git's log as it comes,
 * so the drawing code stays out of the file the reader edits. In plain Node (no document) it
 * draws nothing.
 */

/** The part of an isomorphic-git `log()` entry the graph needs. */
export interface LogEntry {
	oid: string;
	commit: { parent: string[]; message: string; author: { timestamp: number } };
}

export interface GraphCommit {
	oid: string;
	parents: string[];
	message: string;
	timestamp: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const STEP_X = 120;
const STEP_Y = 70;
const PAD = 40;
const LANE_COLOURS = ['#6c8cff', '#e0925a', '#35b6a0', '#c77dde'];

/** Lane per commit: each ref, in order, claims the first-parent chain no earlier ref claimed. */
export function assignLanes(
	commits: GraphCommit[],
	refs: Record<string, string>,
): Map<string, number> {
	const byOid = new Map(commits.map((c) => [c.oid, c]));
	const lanes = new Map<string, number>();
	Object.values(refs).forEach((tip, lane) => {
		for (
			let oid: string | undefined = tip;
			oid && !lanes.has(oid);
			oid = byOid.get(oid)?.parents[0]
		) {
			lanes.set(oid, lane);
		}
	});
	return lanes;
}

export function drawCommitGraph(
	log: LogEntry[],
	refs: Record<string, string>,
	caption: string,
): void {
	if (typeof document === 'undefined') return;
	const commits: GraphCommit[] = log.map(({ oid, commit }) => ({
		oid,
		parents: commit.parent,
		message: commit.message,
		timestamp: commit.author.timestamp,
	}));
	const stage = document.getElementById('output') ?? document.body;
	const ordered = [...commits].sort((a, b) => a.timestamp - b.timestamp);
	const lanes = assignLanes(ordered, refs);
	const position = new Map(
		ordered.map((c, i) => [
			c.oid,
			{ x: PAD + i * STEP_X, y: PAD + (lanes.get(c.oid) ?? 0) * STEP_Y },
		]),
	);
	const laneCount = Math.max(1, ...[...lanes.values()].map((l) => l + 1));
	const width = PAD * 2 + Math.max(0, ordered.length - 1) * STEP_X + 60;
	const height = PAD * 2 + (laneCount - 1) * STEP_Y + 30;

	const svg = element('svg', {
		viewBox: `0 0 ${width} ${height}`,
		width: String(width),
		role: 'img',
	});
	svg.style.maxWidth = '100%';
	svg.style.height = 'auto';
	const title = element('title', {});
	title.textContent = `${caption}. ${describe(ordered, refs)}`;
	svg.append(title);

	for (const commit of ordered) {
		const to = position.get(commit.oid)!;
		for (const parent of commit.parents) {
			const from = position.get(parent);
			if (!from) continue;
			const midX = (from.x + to.x) / 2;
			svg.append(
				element('path', {
					d: `M${from.x},${from.y} C${midX},${from.y} ${midX},${to.y} ${to.x},${to.y}`,
					fill: 'none',
					stroke: 'currentColor',
					'stroke-width': '2',
					opacity: '0.6',
				}),
			);
		}
	}
	for (const commit of ordered) {
		const { x, y } = position.get(commit.oid)!;
		const colour = LANE_COLOURS[(lanes.get(commit.oid) ?? 0) % LANE_COLOURS.length]!;
		svg.append(element('circle', { cx: String(x), cy: String(y), r: '11', fill: colour }));
		svg.append(text(commit.oid.slice(0, 7), x, y + 28, { 'font-family': 'monospace' }));
		svg.append(text(commit.message.split('\n')[0]!.slice(0, 18), x, y + 44, { opacity: '0.8' }));
	}
	for (const [name, oid] of Object.entries(refs)) {
		const at = position.get(oid);
		if (!at) continue;
		const stacked = Object.entries(refs)
			.filter(([, other]) => other === oid)
			.map(([n]) => n);
		if (stacked[0] !== name) continue; // one label per commit, listing every ref on it
		svg.append(
			text(stacked.join(', '), at.x, at.y - 18, { 'font-weight': '700', fill: colour(at.y) }),
		);
	}
	const figure = document.createElement('figure');
	figure.style.margin = '0.5rem 0';
	const figcaption = document.createElement('figcaption');
	figcaption.textContent = caption;
	figcaption.style.font = '600 14px system-ui, sans-serif';
	figure.append(figcaption, svg);
	stage.append(figure);

	function colour(y: number): string {
		return LANE_COLOURS[Math.round((y - PAD) / STEP_Y) % LANE_COLOURS.length]!;
	}
}

function describe(commits: GraphCommit[], refs: Record<string, string>): string {
	const names = Object.entries(refs).map(([name, oid]) => `${name} points to ${oid.slice(0, 7)}`);
	const merges = commits.filter((c) => c.parents.length > 1).length;
	return `${commits.length} commits, ${merges} merge commit${merges === 1 ? '' : 's'}; ${names.join('; ')}.`;
}

function element(name: string, attributes: Record<string, string>): SVGElement {
	const node = document.createElementNS(SVG, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
	return node;
}

function text(
	content: string,
	x: number,
	y: number,
	attributes: Record<string, string>,
): SVGElement {
	const node = element('text', {
		x: String(x),
		y: String(y),
		'text-anchor': 'middle',
		'font-size': '13',
		fill: 'currentColor',
		...attributes,
	});
	node.textContent = content;
	return node;
}
