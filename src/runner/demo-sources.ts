/**
 * Every demo file under content/<slug>/demos/, read as text at build time. A <Demo src> that
 * names a file not in this map fails the build with the list of files that do exist.
 */
const files = import.meta.glob<string>(['/content/*/demos/*.ts', '!/content/*/demos/*.test.ts'], {
	query: '?raw',
	import: 'default',
	eager: true,
});

const sources = new Map(
	Object.entries(files).map(([path, source]) => [path.replace(/^\/content\//, ''), source]),
);

export function demoSource(src: string): string {
	const source = sources.get(src);
	if (source === undefined) {
		const known = [...sources.keys()].join(', ') || '(none)';
		throw new Error(`<Demo src="${src}">: no file content/${src}. Demo files: ${known}`);
	}
	return source;
}
