/**
 * The chat on a real Socket.IO server: a Node HTTP server, socket.io's `Server` on top of it, and
 * the handlers from handlers.ts. Run it with `node content/realtime/chat/server.ts` (Node 24 runs
 * TypeScript directly) and connect with client.ts from two terminals.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { attachChat, type ChatOptions } from './handlers.ts';
import type { ChatSocketData, ClientToServerEvents, ServerToClientEvents } from './types.ts';

export type ChatIo = Server<ClientToServerEvents, ServerToClientEvents, object, ChatSocketData>;

export async function startChatServer(port = 0, options: ChatOptions = {}) {
	// Plain HTTP requests get a short answer; Socket.IO handles everything under /socket.io/.
	const httpServer = createServer((_request, response) => {
		response
			.writeHead(404, { 'Content-Type': 'text/plain' })
			.end('Chat server: connect with Socket.IO.\n');
	});
	const io: ChatIo = new Server(httpServer);
	const chat = attachChat(io, options);

	await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
	const { port: actualPort } = httpServer.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		io,
		chat,
		/** Disconnects every client and closes the HTTP server. */
		close: () => io.close(),
	};
}

if (import.meta.main) {
	const server = await startChatServer(Number(process.env.PORT ?? 3000));
	console.log(`Chat server listening on ${server.url}`);
}
