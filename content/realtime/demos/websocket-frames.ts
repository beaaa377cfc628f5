// What the browser and server do for you under a WebSocket (RFC 6455), computed for real:
// the handshake's accept key, and the bytes of a few frames.
export {}; // a module: its names stay private to this file

// 1. The handshake: an ordinary HTTP request asks to switch protocols. The server proves it
//    understood by hashing the browser's random key with a fixed GUID from the RFC.
const key = 'dGhlIHNhbXBsZSBub25jZQ=='; // the sample key from RFC 6455
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(key + GUID));
const accept = btoa(String.fromCharCode(...new Uint8Array(digest)));

console.log(`Browser → server:
  GET /chat HTTP/1.1
  Upgrade: websocket
  Connection: Upgrade
  Sec-WebSocket-Key: ${key}
  Sec-WebSocket-Version: 13`);
console.log(`Server → browser:
  HTTP/1.1 101 Switching Protocols
  Upgrade: websocket
  Connection: Upgrade
  Sec-WebSocket-Accept: ${accept}`);

// 2. Frames: after the 101, both sides send frames on the same connection, whenever they like.
const TEXT = 0x1; // other opcodes: 0x2 binary, 0x8 close, 0x9 ping, 0xA pong

function encodeFrame(text: string, mask?: number[]): Uint8Array {
	const payload = new TextEncoder().encode(text);
	const length =
		payload.length < 126 ? [payload.length] : [126, payload.length >> 8, payload.length & 0xff];
	const header = [0x80 | TEXT, (mask ? 0x80 : 0) | length[0]!, ...length.slice(1)];
	// Browser-to-server frames must be masked: each byte XORed with a 4-byte random key.
	const body = mask ? payload.map((byte, i) => byte ^ mask[i % 4]!) : payload;
	return new Uint8Array([...header, ...(mask ?? []), ...body]);
}

function decodeFrame(frame: Uint8Array) {
	const fin = (frame[0]! & 0x80) !== 0;
	const opcode = frame[0]! & 0x0f;
	const masked = (frame[1]! & 0x80) !== 0;
	let length = frame[1]! & 0x7f;
	let offset = 2;
	if (length === 126) [length, offset] = [(frame[2]! << 8) | frame[3]!, 4];
	const mask = masked ? frame.slice(offset, offset + 4) : null;
	const body = frame.slice(offset + (mask ? 4 : 0), offset + (mask ? 4 : 0) + length);
	const bytes = mask ? body.map((byte, i) => byte ^ mask[i % 4]!) : body;
	return { fin, opcode, masked, length, text: new TextDecoder().decode(bytes) };
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

const fromServer = encodeFrame('Hello');
const fromBrowser = encodeFrame('Hello', [0x37, 0xfa, 0x21, 0x3d]); // a fixed mask, as in the RFC
console.log(`server → browser, unmasked: ${hex(fromServer)}`);
console.log(`browser → server, masked:   ${hex(fromBrowser)}`);
console.log('decoded:', decodeFrame(fromBrowser));

// A Socket.IO event is just text inside a frame: "4" message, "2" event, then a JSON array.
const socketIo = encodeFrame('42["message",{"from":"Ana","text":"Hi"}]');
console.log(`a Socket.IO event in one frame (${socketIo.length} bytes): ${hex(socketIo)}`);
console.log('its payload:', decodeFrame(socketIo).text);
