import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Reading the built site: shared by the build steps (link check, search index) and the scripts
 * that check or measure dist/ (CSP hashes, bench).
 */

/** Every built HTML file under `root`, as paths relative to it ("git/index.html"). */
export async function listHtmlFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true });
	return entries.filter((entry) => entry.endsWith('.html')).sort();
}

/** The URL path a built file is served at: "git/index.html" → "/git/". */
export function routeOf(file: string): string {
	return '/' + file.replaceAll('\\', '/').replace(/index\.html$/, '');
}

export async function readHtml(root: string, file: string): Promise<string> {
	return readFile(join(root, file), 'utf8');
}

/**
 * Bodies of inline <script> elements (no src), ignoring JSON and other data blocks. Parsed as
 * HTML, not matched with a pattern: code samples put "<script>" inside attribute values (a copy
 * button's data-code), which is text, not a script.
 */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	const visit = (node: DefaultTreeAdapterTypes.Node) => {
		if ('tagName' in node && node.tagName === 'script') {
			const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
			const type = attrs.get('type');
			const isCode = !type || type === 'module' || type === 'text/javascript';
			if (!attrs.has('src') && isCode) {
				const text = node.childNodes[0];
				scripts.push(text && 'value' in text ? text.value : '');
			}
		}
		const children =
			'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		for (const child of children) visit(child);
	};
	visit(parse(html));
	return scripts;
}

/** The CSP source expression that allows exactly this inline script. */
export function cspHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** Applies `transform` to every built page, writing back only the pages it changed. */
export async function rewriteBuiltHtml(
	root: string,
	transform: (html: string) => string,
): Promise<void> {
	for (const file of await listHtmlFiles(root)) {
		const html = await readHtml(root, file);
		const rewritten = transform(html);
		if (rewritten !== html) await writeFile(join(root, file), rewritten);
	}
}
