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

/** Bodies of inline <script> elements (no src), ignoring JSON and other data blocks. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = match[1] ?? '';
		if (/\ssrc=/.test(attrs)) continue;
		const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
		if (type && type !== 'module' && type !== 'text/javascript') continue;
		scripts.push(match[2] ?? '');
	}
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
