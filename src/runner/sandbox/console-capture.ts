import type { ConsoleLevel } from '../protocol';
import { serialize, type SerializedValue } from '../serialize';

type Emit = (level: ConsoleLevel, args: SerializedValue[]) => void;

const LEVELS: ConsoleLevel[] = ['log', 'info', 'warn', 'error', 'debug', 'table'];

/**
 * Replaces the sandbox's console methods so every call is serialized and sent to the host. The
 * demo's output panel is its console: calls are not mirrored to the browser's own console, where
 * a demo's deliberate console.error would look like a fault of the page.
 */
export function captureConsole(emit: Emit): void {
	for (const level of LEVELS) {
		console[level] = (...args: unknown[]) =>
			emit(
				level,
				args.map((arg) => serialize(arg)),
			);
	}
}
