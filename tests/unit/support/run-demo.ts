import { vi } from 'vitest';
import { serialize, toText } from '../../../src/runner/serialize';

/**
 * Runs a demo module in Node the way the sandbox does (importing it runs it) and returns each
 * console call as one line of text, formatted like the page's output panel.
 */
export async function runDemo(load: () => Promise<unknown>): Promise<string[]> {
	const lines: string[] = [];
	const methods = ['log', 'info', 'warn', 'error', 'table'] as const;
	const spies = methods.map((method) =>
		vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			lines.push(args.map((arg) => toText(serialize(arg))).join(' '));
		}),
	);
	try {
		vi.resetModules(); // a fresh module instance runs the demo's top level again
		await load();
		await new Promise((resolve) => setTimeout(resolve, 0));
	} finally {
		for (const spy of spies) spy.mockRestore();
	}
	return lines;
}
