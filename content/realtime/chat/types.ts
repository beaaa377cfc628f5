/**
 * The chat's contract, shared by the real Socket.IO server (server.ts), its client (client.ts)
 * and the in-page simulation the chapter's demos use (src/runner/kit/in-page-io.ts): which
 * events each side may send, with which arguments, and the small slice of a Socket.IO server
 * that the handlers need. socket.io's own `Server` fits `ChatServer`, and so does the simulation.
 */

export interface ChatMessage {
	id: number;
	channel: string;
	from: string;
	text: string;
	/** ISO 8601, set by the server (a client's clock cannot be trusted). */
	sentAt: string;
}

/** What every acknowledgement carries: `ok: true` with data, or `ok: false` and a reason. */
export type Reply<T extends object = object> = ({ ok: true } & T) | { ok: false; error: string };

export type JoinReply = Reply<{ channel: string; history: ChatMessage[] }>;

/** Events a client sends. The last argument is the acknowledgement callback. */
export interface ClientToServerEvents {
	'choose name': (name: string, ack: (reply: Reply<{ name: string }>) => void) => void;
	'join channel': (channel: string, ack: (reply: JoinReply) => void) => void;
	'leave channel': (ack: (reply: Reply) => void) => void;
	'send message': (text: string, ack: (reply: Reply<{ id: number }>) => void) => void;
	'list channels': (ack: (channels: string[]) => void) => void;
}

/** Events the server sends. */
export interface ServerToClientEvents {
	message: (message: ChatMessage) => void;
	notice: (notice: { channel: string; text: string }) => void;
	channels: (channels: string[]) => void;
}

/** What the server remembers about one connection (socket.data in Socket.IO). */
export interface ChatSocketData {
	name?: string;
	channel?: string;
}

/** Something that sends a server-to-client event: a socket, a room, everyone. */
export interface ChatEmitter {
	emit<E extends keyof ServerToClientEvents>(
		event: E,
		...args: Parameters<ServerToClientEvents[E]>
	): unknown;
}

/** The part of a Socket.IO server-side socket the handlers use. */
export interface ChatSocket extends ChatEmitter {
	readonly id: string;
	data: ChatSocketData;
	on<E extends keyof ClientToServerEvents>(event: E, listener: ClientToServerEvents[E]): unknown;
	on(event: 'disconnect', listener: (reason: string) => void): unknown;
	join(room: string): Promise<void> | void;
	leave(room: string): Promise<void> | void;
	/** Everyone in `room` except this socket. */
	to(room: string): ChatEmitter;
}

/** The part of a Socket.IO server the handlers use. */
export interface ChatServer extends ChatEmitter {
	on(event: 'connection', listener: (socket: ChatSocket) => void): unknown;
	/** Everyone in `room`, the sender included. */
	to(room: string): ChatEmitter;
}
