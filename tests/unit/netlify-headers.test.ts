import { describe, expect, it } from 'vitest';
import { headersFor, loadHeaderRules, rulePattern } from '../support/netlify-headers';

const rules = loadHeaderRules('netlify.toml');

function directives(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name!, values]),
	);
}

describe('netlify.toml headers', () => {
	it('matches paths the way Netlify does', () => {
		expect(rulePattern('/*').test('/git/')).toBe(true);
		expect(rulePattern('/_astro/*').test('/_astro/a.js')).toBe(true);
		expect(rulePattern('/_astro/*').test('/git/')).toBe(false);
		expect(rulePattern('/:chapter/demo').test('/git/demo')).toBe(true);
	});

	it('sends a strict CSP on every page: scripts only from self or by hash', () => {
		const csp = directives(headersFor(rules, '/git/')['Content-Security-Policy'] ?? '');
		const scriptSrc = csp.get('script-src') ?? [];
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		for (const source of scriptSrc.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s))) {
			expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
		}
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
	});

	it('isolates the demo sandbox with a CSP sandbox, and only there allows eval', () => {
		const sandbox = directives(headersFor(rules, '/runner/')['Content-Security-Policy'] ?? '');
		// Scripts only: no allow-same-origin, popups, forms, top navigation or modals.
		expect(sandbox.get('sandbox')).toEqual(['allow-scripts', 'allow-forms']);
		expect(sandbox.get('form-action')).toEqual(["'none'"]); // forms fire submit, send nothing
		expect(sandbox.get('script-src')).toContain("'unsafe-eval'");
		expect(sandbox.get('default-src')).toEqual(["'none'"]);
		expect(sandbox.get('connect-src')).toEqual(["'none'"]);
		expect(sandbox.get('frame-ancestors')).toEqual(["'self'"]);
	});

	it('makes the service worker and deploy descriptions revalidate on every visit', () => {
		for (const path of ['/sw.js', '/manifest.webmanifest', '/offline-manifest.json'])
			expect(headersFor(rules, path)['Cache-Control']).toBe('no-cache');
		const csp = directives(headersFor(rules, '/git/')['Content-Security-Policy'] ?? '');
		expect(csp.get('worker-src')).toEqual(["'self'"]);
		expect(csp.get('manifest-src')).toEqual(["'self'"]);
	});

	it('sends the usual hardening headers', () => {
		const headers = headersFor(rules, '/');
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['Permissions-Policy']).toContain('camera=()');
	});

	it('caches hashed assets for a year and makes HTML revalidate', () => {
		expect(headersFor(rules, '/_astro/page.abc123.js')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(headersFor(rules, '/git/')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
	});
});
