/**
 * A chat client on socket.io-client, the same library a browser page uses. The test connects
 * several of these to server.ts; you can also chat from two terminals:
 *   node content/realtime/chat/client.ts http://127.0.0.1:3000 Ana general
 * then type lines to send them.
 */
import { createInterface } from 'node:readline/promises';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from './types.ts';

export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectChat(url: string, options: Partial<ManagerOptions & SocketOptions> = {}) {
	const socket: ChatClient = io(url, options);
	return socket;
}

if (import.meta.main) {
	const [url = 'http://127.0.0.1:3000', name = 'guest', channel = 'general'] =
		process.argv.slice(2);
	const socket = connectChat(url);
	socket.on('message', (m) => console.log(`[#${m.channel}] ${m.from}: ${m.text}`));
	socket.on('notice', (n) => console.log(`(#${n.channel}: ${n.text})`));
	socket.on('disconnect', (reason) => console.log(`disconnected: ${reason}`));

	const named = await socket.emitWithAck('choose name', name);
	if (!named.ok) throw new Error(named.error);
	const joined = await socket.emitWithAck('join channel', channel);
	if (!joined.ok) throw new Error(joined.error);
	for (const m of joined.history) console.log(`[#${m.channel}] ${m.from}: ${m.text}`);

	for await (const line of createInterface({ input: process.stdin })) {
		const sent = await socket.emitWithAck('send message', line);
		if (!sent.ok) console.log(`not sent: ${sent.error}`);
	}
	socket.disconnect();
}
