import { readdirSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test uses this `page`: it records console errors, uncaught exceptions and CSP
 * violations (served with netlify.toml's real headers) and fails the test if any occurred.
 */
export const test = base.extend<{ pageErrors: string[]; expectedErrors: RegExp[] }>({
	/** Console errors a test provokes on purpose (e.g. the browser reporting a blocked popup). */
	expectedErrors: [[], { option: true }],
	pageErrors: [
		async ({ page, expectedErrors }, use) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			page.on('response', (response) => {
				if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
				});
			});
			await use(errors);
			const unexpected = errors.filter((error) => !expectedErrors.some((re) => re.test(error)));
			expect(unexpected, 'console errors or CSP violations on the page').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Every route in the built site, from dist/ (the e2e run always follows a build). */
export function builtRoutes(): string[] {
	return readdirSync('dist', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && file !== '404.html')
		.map((file) => '/' + file.replace(/index\.html$/, ''))
		.sort();
}

/** Chapter folders under content/, i.e. the chapters that exist now. */
export function chapterSlugs(): string[] {
	return readdirSync('content', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
}
