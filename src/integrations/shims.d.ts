// The browser port of Node's `process` ships without types; the demo libraries only inject it.
declare module 'process/browser.js' {
	const process: Record<string, unknown>;
	export default process;
}
