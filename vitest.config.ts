/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so tests can import modules that use `astro:*` virtual modules.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'content/**/*.test.ts'],
		testTimeout: 20_000,
	},
});
