/**
 * Keeps netlify.toml's script-src in step with the inline scripts in dist/.
 *   node scripts/csp-hashes.ts          check: exit 1 naming any inline script the CSP would block
 *   node scripts/csp-hashes.ts --write  rewrite the hash list in netlify.toml
 * Run after `astro build`; `npm run build` runs the check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import {
	cspHash,
	inlineScripts,
	listHtmlFiles,
	readHtml,
	routeOf,
} from '../src/integrations/built-html.ts';
import { headersFor, loadHeaderRules } from '../tests/support/netlify-headers.ts';

const DIST = process.env.STUDY_OUT_DIR ?? 'dist';
const TOML = 'netlify.toml';
const HASHES_IN_SCRIPT_SRC = /(script-src 'self' 'wasm-unsafe-eval')([^;]*)/;

const rules = loadHeaderRules(TOML);
/** Pages whose own CSP allows inline scripts outright (the demo sandbox's bootstrap). */
const allowsInline = (file: string) =>
	/script-src[^;]*'unsafe-inline'/.test(
		headersFor(rules, routeOf(file))['Content-Security-Policy'] ?? '',
	);

const needed = new Map<string, string>();
for (const file of await listHtmlFiles(DIST)) {
	if (allowsInline(file)) continue;
	for (const script of inlineScripts(await readHtml(DIST, file))) {
		if (!needed.has(cspHash(script))) needed.set(cspHash(script), file);
	}
}

const toml = await readFile(TOML, 'utf8');
const current = HASHES_IN_SCRIPT_SRC.exec(toml);
if (!current) throw new Error(`${TOML}: no "script-src 'self' 'wasm-unsafe-eval'" directive found`);
const allowed = new Set(current[2]?.trim().split(/\s+/).filter(Boolean));

if (process.argv.includes('--write')) {
	const list = [...needed.keys()].sort().join(' ');
	await writeFile(TOML, toml.replace(HASHES_IN_SCRIPT_SRC, `$1 ${list}`));
	console.log(`${TOML}: script-src now allows ${needed.size} inline scripts.`);
} else {
	const missing = [...needed].filter(([hash]) => !allowed.has(hash));
	const unused = [...allowed].filter((hash) => !needed.has(hash));
	for (const [hash, file] of missing)
		console.error(`CSP would block an inline script in ${file}: ${hash}`);
	for (const hash of unused) console.error(`CSP allows a hash no page uses: ${hash}`);
	if (missing.length || unused.length) {
		console.error('Run `node scripts/csp-hashes.ts --write` after reviewing the inline scripts.');
		process.exit(1);
	}
	console.log(`CSP: all ${needed.size} distinct inline scripts are allowed by ${TOML}.`);
}
