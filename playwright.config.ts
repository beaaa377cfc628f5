import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browsers on this network; Debian's Chromium is used when it
// is installed (CI installs it in .ci/run), Playwright's own browser otherwise.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PORT = 4321;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	// Two workers share two cores with the browser, the server and the sandboxes; tests that run
	// Postgres or axe over a long chapter take a while. Speed budgets live in `npm run bench`.
	timeout: 90_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	webServer: {
		// The built site with netlify.toml's headers, so a CSP violation fails the tests.
		command: `node tests/support/serve.ts --dir dist --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
	},
});
