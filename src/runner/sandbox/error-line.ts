/**
 * The line in the reader's source where an error was thrown: the first stack frame that points
 * into the demo's blob: module. sucrase keeps lines in place, so no source map is needed.
 */
export function demoLineFromStack(stack: string | undefined, moduleUrl: string): number | null {
	if (!stack) return null;
	for (const line of stack.split('\n')) {
		const at = line.indexOf(moduleUrl);
		if (at === -1) continue;
		const match = /:(\d+):\d+\)?\s*$/.exec(line.slice(at + moduleUrl.length));
		if (match?.[1]) return Number(match[1]);
	}
	return null;
}
