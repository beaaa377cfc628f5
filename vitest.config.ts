/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so tests can import modules that use `astro:*` virtual modules.
export default getViteConfig({
	resolve: {
		// Demos import the site's helpers as "demo-kit/…", as they do in the browser sandbox.
		alias: { 'demo-kit': fileURLToPath(new URL('./src/runner/kit', import.meta.url)) },
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'content/**/*.test.ts'],
		testTimeout: 20_000,
	},
});
