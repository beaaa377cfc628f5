import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('websocket-frames: the RFC 6455 accept key and frame bytes, and a Socket.IO packet inside a frame', async () => {
	const lines = await runDemo(() => import('./websocket-frames'));
	// The worked example in RFC 6455, section 1.3.
	expect(lines.find((l) => l.startsWith('Server → browser:'))).toContain(
		'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=',
	);
	expect(lines.find((l) => l.startsWith('Server → browser:'))).toContain(
		'HTTP/1.1 101 Switching Protocols',
	);
	// The single-frame "Hello" examples in RFC 6455, section 5.7.
	expect(lines).toContain('server → browser, unmasked: 81 05 48 65 6c 6c 6f');
	expect(lines).toContain('browser → server, masked:   81 85 37 fa 21 3d 7f 9f 4d 51 58');
	expect(lines.find((l) => l.startsWith('decoded:'))).toMatch(
		/fin: true.*opcode: 1.*masked: true.*length: 5.*text: "Hello"/s,
	);
	expect(lines).toContain('its payload: 42["message",{"from":"Ana","text":"Hi"}]');
	expect(lines.find((l) => l.startsWith('a Socket.IO event in one frame'))).toMatch(
		/\(42 bytes\): 81 28 34 32 5b/,
	);
});
