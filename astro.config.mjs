// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { chapterSidebar } from './src/course/sidebar.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { runnerLibraries } from './src/integrations/runner-libraries.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { tableScroll } from './src/integrations/table-scroll.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// The build-failure fixture tests point both at a broken copy of the content; see content.config.ts.
const contentDir = process.env.STUDY_CONTENT_DIR ?? './content';

export default defineConfig({
	site: 'https://cs50web-study.netlify.app',
	trailingSlash: 'always',
	// Astro 7's default ('jsx') drops the space between a word and an element on the next source
	// line ("computed with\n<a>" renders as "withFSRS"); HTML-aware compression keeps it.
	compressHTML: true,
	outDir: process.env.STUDY_OUT_DIR ?? './dist',
	// Fixture builds keep their content cache apart so they never leak into the real build.
	cacheDir: process.env.STUDY_CACHE_DIR ?? './node_modules/.astro',
	// Starlight turns on prefetch-all by default: 1.1 KB of eager JS on every page to speed up
	// navigations that the offline cache will serve instantly anyway.
	prefetch: false,
	build: {
		// Every stylesheet is a file, so the CSP needs no hashes for <style> blocks.
		inlineStylesheets: 'never',
	},
	vite: {
		// Small bundled scripts become files instead of inline <script>s, so the CSP hash list only
		// has to cover Starlight's few deliberate `is:inline` scripts and stays stable.
		// Vite's preload helper (about 1 KB gz on every page) only speeds up the lazy chunks that
		// search and demos load on demand; it is not worth its cost in the eager budget.
		build: { assetsInlineLimit: 0, modulePreload: false },
	},
	integrations: [
		starlight({
			title: 'CS50 Web Study',
			description:
				'Study CS50 Web Programming: lecture notes in plain words, Python beside TypeScript, runnable demos, offline.',
			// Installable: the web app manifest (public/), its icons, and the browser UI colours.
			head: [
				{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' } },
				{
					tag: 'meta',
					attrs: {
						name: 'theme-color',
						content: '#ffffff',
						media: '(prefers-color-scheme: light)',
					},
				},
				{
					tag: 'meta',
					attrs: { name: 'theme-color', content: '#17181c', media: '(prefers-color-scheme: dark)' },
				},
			],
			// Starlight's lastUpdated reads git dates from src/content/docs and shows nothing for ./content.
			lastUpdated: false,
			// Indexing is done by searchIndex() below, with options Starlight's own run cannot take.
			pagefind: false,
			sidebar: chapterSidebar(contentDir),
			customCss: ['./src/styles/theme.css', './src/styles/diagrams.css', './src/styles/study.css'],
			components: {
				PageTitle: './src/components/shell/ChapterTitle.astro',
				Search: './src/components/shell/Search.astro',
				MarkdownContent: './src/components/shell/MarkdownContent.astro',
				LanguageSelect: './src/components/shell/LanguageSelect.astro',
				Footer: './src/components/shell/Footer.astro',
			},
			expressiveCode: {
				themes: ['github-dark', 'github-light'],
				styleOverrides: { borderRadius: '0.4rem' },
				// Wrapped lines read better on a phone, and a block that never scrolls sideways never
				// becomes an unnamed scrollable "region" landmark (which axe rightly flags when two exist).
				defaultProps: { wrap: true },
			},
		}),
		linkCheck(),
		tableScroll(),
		runnerLibraries(),
		searchIndex(),
		// Last: it lists every file the steps above wrote into dist/.
		serviceWorker(),
	],
});
