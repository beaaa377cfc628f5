/**
 * The chat server's logic: display names, channels (Socket.IO rooms), messages with
 * acknowledgements, and the last few messages of every channel. It only talks to the small
 * `ChatServer` interface, so the same file runs on a real socket.io Server (server.ts) and on the
 * in-page simulation in the chapter's demos.
 */
import type { ChatMessage, ChatServer, ChatSocket } from './types.ts';

export interface ChatOptions {
	/** How many messages each channel keeps for late joiners. */
	historyLimit?: number;
	/** The server's clock; tests and demos pass a fixed one. */
	now?: () => Date;
}

const NAME = /^[\p{L}\p{N} _.-]{1,20}$/u;
const CHANNEL = /^[a-z0-9-]{1,24}$/;
const MAX_TEXT = 500;

export function attachChat(io: ChatServer, options: ChatOptions = {}) {
	const historyLimit = options.historyLimit ?? 50;
	const now = options.now ?? (() => new Date());
	/** Lower-cased display name → id of the socket holding it (the notes' {username: socket_id}). */
	const socketIdByName = new Map<string, string>();
	/** Channel name → its latest messages, oldest first. */
	const channels = new Map<string, ChatMessage[]>([['general', []]]);
	let nextId = 1;

	const channelList = () => [...channels.keys()].sort();

	async function leaveChannel(socket: ChatSocket): Promise<void> {
		const { name, channel } = socket.data;
		if (!channel) return;
		await socket.leave(channel);
		socket.data.channel = undefined;
		io.to(channel).emit('notice', { channel, text: `${name} left #${channel}` });
	}

	io.on('connection', (socket) => {
		socket.on('choose name', (raw, ack) => {
			const reply = safe(ack);
			const name = typeof raw === 'string' ? raw.trim() : '';
			if (!NAME.test(name)) return reply({ ok: false, error: 'Use 1 to 20 letters or digits.' });
			const holder = socketIdByName.get(name.toLowerCase());
			if (holder && holder !== socket.id) {
				return reply({ ok: false, error: `The name "${name}" is taken.` });
			}
			if (socket.data.name) socketIdByName.delete(socket.data.name.toLowerCase());
			socketIdByName.set(name.toLowerCase(), socket.id);
			socket.data.name = name;
			reply({ ok: true, name });
		});

		socket.on('join channel', async (raw, ack) => {
			const reply = safe(ack);
			const channel = typeof raw === 'string' ? raw.trim().replace(/^#/, '').toLowerCase() : '';
			if (!socket.data.name) return reply({ ok: false, error: 'Choose a name first.' });
			if (!CHANNEL.test(channel)) {
				return reply({ ok: false, error: 'Channel names use a-z, 0-9 and "-".' });
			}
			if (socket.data.channel !== channel) {
				await leaveChannel(socket); // one channel at a time, as in the notes' app
				await socket.join(channel);
				socket.data.channel = channel;
				socket.to(channel).emit('notice', { channel, text: `${socket.data.name} joined` });
			}
			if (!channels.has(channel)) {
				channels.set(channel, []);
				io.emit('channels', channelList()); // everyone's channel list, the sender's too
			}
			reply({ ok: true, channel, history: [...channels.get(channel)!] });
		});

		socket.on('leave channel', async (ack) => {
			await leaveChannel(socket);
			safe(ack)({ ok: true });
		});

		socket.on('list channels', (ack) => safe(ack)(channelList()));

		socket.on('send message', (raw, ack) => {
			const reply = safe(ack);
			// The name and channel come from what the server stored, never from the client's payload.
			const { name, channel } = socket.data;
			const text = typeof raw === 'string' ? raw.trim() : '';
			if (!name || !channel) return reply({ ok: false, error: 'Join a channel first.' });
			if (!text || text.length > MAX_TEXT) {
				return reply({ ok: false, error: `Messages are 1 to ${MAX_TEXT} characters.` });
			}
			const message: ChatMessage = {
				id: nextId++,
				channel,
				from: name,
				text,
				sentAt: now().toISOString(),
			};
			const history = channels.get(channel)!;
			history.push(message);
			history.splice(0, history.length - historyLimit); // keep only the newest
			io.to(channel).emit('message', message); // every member, the sender included
			reply({ ok: true, id: message.id });
		});

		socket.on('disconnect', () => {
			// Socket.IO has already taken the socket out of its rooms; free the name for others.
			const { name, channel } = socket.data;
			if (name && socketIdByName.get(name.toLowerCase()) === socket.id) {
				socketIdByName.delete(name.toLowerCase());
			}
			if (channel) io.to(channel).emit('notice', { channel, text: `${name} left #${channel}` });
		});
	});

	// Read-only views for tests and demos.
	return {
		users: () => Object.fromEntries(socketIdByName),
		channels: channelList,
		history: (channel: string) => [...(channels.get(channel) ?? [])],
	};
}

/** A client may leave out the callback (or send something else): never crash on that. */
function safe<A extends unknown[]>(ack: ((...args: A) => void) | undefined): (...args: A) => void {
	return typeof ack === 'function' ? ack : () => {};
}
