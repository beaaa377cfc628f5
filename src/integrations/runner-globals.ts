// Injected into the demo library bundles: Node globals that browser ports of Node packages expect.
import { Buffer } from 'buffer';
import process from 'process/browser.js';

export { Buffer, process };
