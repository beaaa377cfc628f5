import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

export interface HeaderRule {
	for: string;
	values: Record<string, string>;
	pattern: RegExp;
}

/** Reads the `[[headers]]` rules from netlify.toml, in file order. */
export function loadHeaderRules(tomlPath = 'netlify.toml'): HeaderRule[] {
	const config = parse(readFileSync(tomlPath, 'utf8')) as {
		headers?: { for: string; values: Record<string, string> }[];
	};
	return (config.headers ?? []).map((rule) => ({ ...rule, pattern: rulePattern(rule.for) }));
}

/**
 * Netlify's path syntax: `*` matches the rest of the path (including slashes) and `:name` one
 * segment. The pattern must match the whole path.
 */
export function rulePattern(path: string): RegExp {
	const source = path
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]\w*/gi, '[^/]+'))
		.join('.*');
	return new RegExp(`^${source}$`);
}

/** Every matching rule applies; for a header set twice, the later rule wins (as on Netlify). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((r) => r.values));
}
