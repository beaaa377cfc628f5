// The browser never works from your HTML text: it parses it into a tree of nodes (the DOM) and
// repairs mistakes on the way. This markup leaves out <html>, <head> and <body>, never closes
// its <p> and <li> tags, and puts a <div> inside a <p>. Watch what the parser builds.
export {};

const markup = `<!DOCTYPE html>
<title>Flights</title>
<!-- no html, head or body tags here -->
<h1 class="title">Flights</h1>
<p>Choose a <b>flight</b>
<p>Then pick a seat:<div>Seat map</div></p>
<ul><li>AA 100<li>BA 200</ul>`;

const SHOW_WHITESPACE = false; // the line breaks between tags are text nodes too
const doc = new DOMParser().parseFromString(markup, 'text/html');

const KINDS = ['', 'element', '', 'text', '', '', '', '', 'comment', 'document', 'doctype'];
const rows: { depth: number; kind: string; label: string }[] = [];
let hidden = 0;

function label(node: Node): string {
	if (node instanceof Element) {
		const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
		return `<${node.localName}${attributes}>`;
	}
	if (node instanceof DocumentType) return `<!DOCTYPE ${node.name}>`;
	if (node instanceof Comment) return `<!--${node.data}-->`;
	return node instanceof Document ? '#document' : JSON.stringify(node.nodeValue);
}

function walk(node: Node, depth: number): void {
	const kind = KINDS[node.nodeType] || 'other'; // indexed by node.nodeType
	if (kind === 'text' && !SHOW_WHITESPACE && !node.nodeValue?.trim()) return void hidden++;
	rows.push({ depth, kind, label: label(node) });
	console.log(`${'  '.repeat(depth)}[${kind}] ${label(node)}`);
	node.childNodes.forEach((child) => walk(child, depth + 1));
}

console.log('The tree the parser built:');
walk(doc, 0);
console.log(
	`(${hidden} whitespace-only text nodes hidden; set SHOW_WHITESPACE = true to see them)`,
);
const written = markup.match(/<p>/g)?.length ?? 0;
console.log(
	`<p> start tags written: ${written}; <p> elements in the tree: ${doc.querySelectorAll('p').length}`,
);
console.log('The body, serialised back to HTML:', doc.body.innerHTML);

// The same rows as an SVG tree: one row per node, indented by depth, a line from each parent.
const SVG = 'http://www.w3.org/2000/svg';
const COLOURS: Record<string, string> = { element: '#6c8cff', text: '#35b6a0', comment: '#e0925a' };
const svg = document.createElementNS(SVG, 'svg');
function set(node: Element, attributes: Record<string, string | number>): Element {
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	return node;
}
const add = (name: string, attributes: Record<string, string | number> = {}) =>
	set(svg.appendChild(document.createElementNS(SVG, name)), attributes);
set(svg, { viewBox: `0 0 440 ${rows.length * 28 + 10}`, width: 440, role: 'img' });
add('title').textContent = `The DOM tree: ${rows.length} nodes, one per row, indented by depth`;
const text = { fill: 'currentColor', 'font-size': 13, 'font-family': 'monospace' };
rows.forEach((row, i) => {
	const [x, y] = [8 + row.depth * 24, 6 + i * 28];
	const parent = rows.findLastIndex((r, j) => j < i && r.depth === row.depth - 1);
	const d = `M${x - 16} ${parent * 28 + 26} V${y + 10} H${x}`;
	if (parent >= 0) add('path', { d, fill: 'none', stroke: 'currentColor', opacity: 0.5 });
	const [c, w] = [COLOURS[row.kind] ?? '#8a8f98', Math.min(432 - x, 12 + row.label.length * 7.8)];
	add('rect', { x, y, width: w, height: 20, rx: 4, fill: c, 'fill-opacity': 0.2, stroke: c });
	add('text', { x: x + 6, y: y + 15, ...text }).textContent = row.label;
});
svg.style.maxWidth = '100%';
svg.style.height = 'auto';
(document.getElementById('output') ?? document.body).append(svg);
