import type { ConsoleLevel } from '../protocol';
import { serialize, type SerializedValue } from '../serialize';

type Emit = (level: ConsoleLevel, args: SerializedValue[]) => void;

const LEVELS: ConsoleLevel[] = ['log', 'info', 'warn', 'error', 'debug', 'table'];

/**
 * Replaces the sandbox's console methods so every call is serialized and sent to the host, while
 * still reaching the real console (handy when a reader opens devtools).
 */
export function captureConsole(emit: Emit): void {
	for (const level of LEVELS) {
		const original = console[level].bind(console);
		console[level] = (...args: unknown[]) => {
			emit(level, args.map((arg) => serialize(arg)));
			original(...args);
		};
	}
}
