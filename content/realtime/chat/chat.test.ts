// @vitest-environment node
// The chat's handlers on a real socket.io server (port 0, loopback only), with real
// socket.io-client clients: everything crosses a real WebSocket.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectChat, type ChatClient } from './client';
import { startChatServer } from './server';
import type { ChatMessage } from './types';

type Running = Awaited<ReturnType<typeof startChatServer>>;
let server: Running | undefined;
const clients: ChatClient[] = [];

afterEach(async () => {
	for (const client of clients.splice(0)) client.disconnect();
	await server?.close();
	server = undefined;
});

async function start(historyLimit = 50): Promise<Running> {
	server = await startChatServer(0, {
		historyLimit,
		now: () => new Date('2026-03-01T12:00:00Z'),
	});
	return server;
}

/** A connected client that records every message it receives. */
async function client(url: string, options = {}) {
	const socket = connectChat(url, { forceNew: true, transports: ['websocket'], ...options });
	clients.push(socket);
	const received: ChatMessage[] = [];
	socket.on('message', (message) => received.push(message));
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', resolve);
		socket.once('connect_error', reject);
	});
	return { socket, received };
}

async function member(url: string, name: string, channel: string) {
	const c = await client(url);
	expect(await c.socket.emitWithAck('choose name', name)).toEqual({ ok: true, name });
	const joined = await c.socket.emitWithAck('join channel', channel);
	expect(joined.ok).toBe(true);
	return { ...c, joined };
}

describe('chat on a real socket.io server', () => {
	it('delivers a message to everyone in the room, the sender too, and nobody outside it', async () => {
		const { url } = await start();
		const ana = await member(url, 'Ana', 'general');
		const ben = await member(url, 'Ben', 'general');
		const cy = await member(url, 'Cy', 'random');

		const ack = await ana.socket.emitWithAck('send message', 'Hello, general!');
		expect(ack).toEqual({ ok: true, id: 1 });
		// The room's broadcast left the server before the acknowledgement, on the same connection.
		expect(ana.received.map((m) => m.text)).toEqual(['Hello, general!']);
		await vi.waitFor(() => expect(ben.received).toHaveLength(1));
		expect(ben.received[0]).toEqual({
			id: 1,
			channel: 'general',
			from: 'Ana',
			text: 'Hello, general!',
			sentAt: '2026-03-01T12:00:00.000Z',
		});

		// Cy's own message is handled after Ana's; had Ana's reached Cy, it would have arrived first.
		await cy.socket.emitWithAck('send message', 'Anyone in random?');
		await vi.waitFor(() => expect(cy.received).toHaveLength(1));
		expect(cy.received.map((m) => m.from)).toEqual(['Cy']);
		expect(ben.received.map((m) => m.text)).toEqual(['Hello, general!']);
	});

	it('answers every emit with an acknowledgement: an id, or an error instead of a crash', async () => {
		const { url } = await start();
		const { socket } = await client(url);
		expect(await socket.emitWithAck('send message', 'too early')).toEqual({
			ok: false,
			error: 'Join a channel first.',
		});
		expect(await socket.emitWithAck('join channel', 'general')).toEqual({
			ok: false,
			error: 'Choose a name first.',
		});
		expect((await socket.emitWithAck('choose name', '   ')).ok).toBe(false);
		expect(await socket.emitWithAck('list channels')).toEqual(['general']);
		// An emit without the callback must not take the server down.
		socket.emit('choose name', 'NoAck', undefined as never);
		expect(await socket.emitWithAck('choose name', 'Dee')).toEqual({ ok: true, name: 'Dee' });
	});

	it('gives a late joiner the channel history, trimmed to the last N messages', async () => {
		const { url, chat } = await start(3);
		const ana = await member(url, 'Ana', 'general');
		expect(ana.joined).toEqual({ ok: true, channel: 'general', history: [] });
		for (const text of ['one', 'two', 'three', 'four']) {
			await ana.socket.emitWithAck('send message', text);
		}
		const ben = await member(url, 'Ben', 'general');
		if (!ben.joined.ok) throw new Error(ben.joined.error);
		expect(ben.joined.history.map((m) => `${m.id}:${m.text}`)).toEqual([
			'2:two',
			'3:three',
			'4:four',
		]);
		expect(chat.history('general')).toHaveLength(3);
	});

	it('refuses a display name already in use (any case), and frees it on disconnect', async () => {
		const { url, chat } = await start();
		const ana = await member(url, 'Ana', 'general');
		const other = await client(url);
		expect(await other.socket.emitWithAck('choose name', 'ana')).toEqual({
			ok: false,
			error: 'The name "ana" is taken.',
		});
		expect(chat.users()).toEqual({ ana: ana.socket.id });

		const notices: string[] = [];
		other.socket.on('notice', (notice) => notices.push(notice.text));
		expect((await other.socket.emitWithAck('choose name', 'Ben')).ok).toBe(true);
		await other.socket.emitWithAck('join channel', 'general');

		ana.socket.disconnect();
		await vi.waitFor(() => expect(chat.users()).toEqual({ ben: other.socket.id }));
		await vi.waitFor(() => expect(notices).toContain('Ana left #general'));
		const third = await client(url);
		expect(await third.socket.emitWithAck('choose name', 'Ana')).toEqual({ ok: true, name: 'Ana' });
	});

	it('moves a user between channels: the old room stops receiving, notices go to the others', async () => {
		const { url } = await start();
		const ana = await member(url, 'Ana', 'general');
		const ben = await member(url, 'Ben', 'general');
		const channelLists: string[][] = [];
		ben.socket.on('channels', (list) => channelLists.push(list));
		const benNotices: string[] = [];
		ben.socket.on('notice', (notice) => benNotices.push(notice.text));

		expect(await ana.socket.emitWithAck('join channel', '#Books')).toMatchObject({
			ok: true,
			channel: 'books',
		});
		await vi.waitFor(() => expect(channelLists).toEqual([['books', 'general']]));
		await vi.waitFor(() => expect(benNotices).toEqual(['Ana left #general']));
		await ana.socket.emitWithAck('send message', 'Only books people see this');
		await ben.socket.emitWithAck('send message', 'Only general people see this');
		expect(ana.received.map((m) => m.channel)).toEqual(['books']);
		await vi.waitFor(() => expect(ben.received).toHaveLength(1));
		expect(ben.received[0]!.channel).toBe('general');
	});
});

describe('Socket.IO is a protocol on top of WebSocket', () => {
	it('starts on HTTP long-polling by default, then upgrades to a WebSocket', async () => {
		const { url } = await start();
		const socket = connectChat(url, { forceNew: true }); // default transports
		clients.push(socket);
		expect(socket.io.engine.transport.name).toBe('polling');
		const upgradedTo = await new Promise<string>((resolve) =>
			socket.io.engine.once('upgrade', (transport) => resolve(transport.name)),
		);
		expect(upgradedTo).toBe('websocket');
		expect(socket.connected).toBe(true);
	});

	it('speaks Engine.IO and Socket.IO packets inside the WebSocket frames', async () => {
		const { url } = await start();
		const wsUrl = `${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
		const ws = new WebSocket(wsUrl);
		const frames: string[] = [];
		ws.addEventListener('message', (event) => frames.push(String(event.data)));
		await vi.waitFor(() => expect(frames).toHaveLength(1));
		// "0" = Engine.IO open, with the session id and heartbeat settings as JSON.
		expect(frames[0]).toMatch(/^0\{"sid":".+","upgrades":\[\],"pingInterval":25000/);

		ws.send('40'); // "4" message + "0" Socket.IO connect to the default namespace "/"
		await vi.waitFor(() => expect(frames).toHaveLength(2));
		expect(frames[1]).toMatch(/^40\{"sid":"/);

		ws.send('421["choose name","Raw"]'); // "4" message, "2" event, ack id 1, then the JSON array
		await vi.waitFor(() => expect(frames).toHaveLength(3));
		expect(frames[2]).toBe('431[{"ok":true,"name":"Raw"}]'); // "3" = ack for id 1
		ws.close();
	});

	it('does not answer a plain WebSocket that ignores its protocol', async () => {
		const { url } = await start();
		const ws = new WebSocket(url.replace('http', 'ws'));
		const outcome = await new Promise<string>((resolve) => {
			ws.addEventListener('open', () => resolve('open'));
			ws.addEventListener('error', () => resolve('error'));
		});
		expect(outcome).toBe('error');
	});
});
