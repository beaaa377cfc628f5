// The in-page simulation the demos use (src/runner/kit/in-page-io.ts) keeps Socket.IO's
// meaning, and the chat handlers behave on it as they do on the real server (chat.test.ts).
import { describe, expect, it } from 'vitest';
import { InPageServer, connect } from 'demo-kit/in-page-io';
import { attachChat } from 'demo-kit/realtime-chat';
import type { ChatSocketData, ClientToServerEvents, ServerToClientEvents } from './types';

describe('in-page Socket.IO simulation', () => {
	it('copies arguments through JSON and keeps the order of one connection', async () => {
		const io = new InPageServer();
		const got: unknown[] = [];
		io.on('connection', (socket) => socket.on('note', (value: unknown) => got.push(value)));
		const client = connect(io);
		await io.settled(); // connected: from now on each emit is encoded at once
		const sent = { n: 1, when: new Date('2026-01-01T00:00:00Z'), skip: undefined };
		client.emit('note', sent);
		sent.n = 2; // too late: the message is already "on the wire"
		client.emit('note', 'second');
		expect(got).toEqual([]); // nothing arrives synchronously
		await io.settled();
		expect(got).toEqual([{ n: 1, when: '2026-01-01T00:00:00.000Z' }, 'second']);
	});

	it('runs acknowledgements in both directions, once each', async () => {
		const io = new InPageServer();
		const answers: string[] = [];
		io.on('connection', (socket) => {
			socket.on('double', (n: number, ack: (result: number) => void) => {
				ack(n * 2);
				ack(n * 3); // ignored: only the first answer counts
			});
			socket.emit('ready?', (answer: string) => answers.push(answer));
		});
		const client = connect(io);
		client.on('ready?', (ack: (answer: string) => void) => ack('yes'));
		expect(await client.emitWithAck('double', 21)).toBe(42);
		await io.settled();
		expect(answers).toEqual(['yes']);
	});

	it('takes a disconnected socket out of its rooms; a reconnect gets a new id and sends the buffer', async () => {
		const io = new InPageServer();
		const reasons: string[] = [];
		const heard: string[] = [];
		io.on('connection', (socket) => {
			socket.join('lobby');
			socket.on('disconnect', (reason) => reasons.push(reason));
			socket.on('say', (text: string) => heard.push(`${socket.id}: ${text}`));
		});
		const client = connect(io);
		const clientReasons: string[] = [];
		client.on('disconnect', (reason) => clientReasons.push(reason));
		await io.settled();
		expect(client.id).toBe('sock-1');
		expect((await io.in('lobby').fetchSockets()).map((s) => s.id)).toEqual(['sock-1']);

		client.disconnect();
		expect(clientReasons).toEqual(['io client disconnect']);
		client.emit('say', 'typed while offline');
		await io.settled();
		expect(reasons).toEqual(['client namespace disconnect']);
		expect(await io.in('lobby').fetchSockets()).toEqual([]);
		expect(heard).toEqual([]);

		client.connect();
		await io.settled();
		expect(client.id).toBe('sock-2');
		expect(heard).toEqual(['sock-2: typed while offline']);
	});

	it('refuses reserved event names and acknowledgements on broadcasts', () => {
		const io = new InPageServer();
		expect(() => connect(io).emit('disconnect')).toThrow('"disconnect" is a reserved event name');
		expect(() => io.emit('news', () => {})).toThrow(/no acknowledgements for broadcasts/);
	});
});

describe('the chat handlers on the simulation', () => {
	it('refuse a taken name, free it on disconnect, and keep rooms apart', async () => {
		const io = new InPageServer<ClientToServerEvents, ServerToClientEvents, ChatSocketData>();
		const chat = attachChat(io);
		const ana = connect(io);
		const ben = connect(io);
		const cy = connect(io);
		expect(await ana.emitWithAck('choose name', 'Ana')).toEqual({ ok: true, name: 'Ana' });
		expect(await ben.emitWithAck('choose name', 'ANA')).toEqual({
			ok: false,
			error: 'The name "ANA" is taken.',
		});
		await ben.emitWithAck('choose name', 'Ben');
		await cy.emitWithAck('choose name', 'Cy');
		await ana.emitWithAck('join channel', 'general');
		await ben.emitWithAck('join channel', 'general');
		await cy.emitWithAck('join channel', 'random');

		const benSaw: string[] = [];
		const cySaw: string[] = [];
		ben.on('message', (m) => benSaw.push(m.text));
		cy.on('message', (m) => cySaw.push(m.text));
		expect(await ana.emitWithAck('send message', 'hi')).toEqual({ ok: true, id: 1 });
		await io.settled();
		expect(benSaw).toEqual(['hi']);
		expect(cySaw).toEqual([]);

		ana.disconnect();
		await io.settled();
		expect(chat.users()).toEqual({ ben: ben.id, cy: cy.id });
		expect((await cy.emitWithAck('choose name', 'Ana')).ok).toBe(true);
	});
});
