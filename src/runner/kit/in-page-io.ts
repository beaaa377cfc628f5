/**
 * In-page Socket.IO: a SIMULATION of a Socket.IO server and its clients inside one page, for the
 * real-time chapter's demos (they run in a sandbox with no network and no server). Demos import it
 * as "demo-kit/in-page-io". It copies the part of Socket.IO's API those demos use, with the same
 * meaning:
 *
 *   server:             on('connection'), emit, to(room).emit, in(room).fetchSockets()
 *   server-side socket: id, data, rooms, on, emit (with acks), join, leave, to(room).emit,
 *                       broadcast.emit, disconnect()
 *   client:             connect(server) → on, emit (with acks), emitWithAck, timeout(ms),
 *                       disconnect(), connect()
 *
 * Every message crosses a simulated wire: its arguments are copied through JSON (Socket.IO
 * serialises them too, so the receiver never shares the sender's objects) and delivered in a
 * later task, in the order it was sent, like packets on one connection. Nothing here opens a
 * socket. Real code uses the `socket.io` and `socket.io-client` packages with the same calls.
 */

/** Untyped events, as in socket.io's own default: any name, any arguments. */
export interface DefaultEventsMap {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same default as socket.io's
	[event: string]: (...args: any[]) => void;
}

type AnyFunction = (...args: never[]) => unknown;
type Handler = (...args: unknown[]) => void;
type Listener<M, K extends keyof M> = Extract<M[K], AnyFunction>;
type Args<M, K extends keyof M> = Parameters<Listener<M, K>>;
type AllButLast<T extends unknown[]> = T extends [...infer Head, unknown] ? Head : T;
type Last<T extends unknown[]> = T extends [...unknown[], infer Tail]
	? Tail
	: T extends Array<infer Item>
		? Item
		: never;
type FirstArg<T> = T extends (arg: infer A) => unknown ? A : never;
/** What an acknowledgement resolves with, for an event whose last argument is the callback. */
type AckResult<M, K extends keyof M> = FirstArg<Last<Args<M, K>>>;

/** Names Socket.IO keeps for itself: emitting one throws, as it does in Socket.IO. */
const RESERVED = new Set([
	'connect',
	'connect_error',
	'disconnect',
	'disconnecting',
	'newListener',
	'removeListener',
]);

export interface InPageOptions {
	/** Simulated one-way delay of every message, in milliseconds (default 0: the next task). */
	latencyMs?: number;
}

/** The simulated network: delivers each message in a later task, first sent, first delivered. */
class Wire {
	private inFlight = 0;
	constructor(readonly latencyMs: number) {}

	send(deliver: () => void): void {
		this.inFlight++;
		setTimeout(() => {
			this.inFlight--;
			deliver();
		}, this.latencyMs);
	}

	/** Sends `args` (the last one may be an acknowledgement callback) to `deliver` on the far side. */
	transmit(deliver: (args: unknown[]) => void, args: unknown[]): void {
		const ack = typeof args.at(-1) === 'function' ? (args.at(-1) as Handler) : undefined;
		const payload = overTheWire(ack ? args.slice(0, -1) : args);
		this.send(() => {
			if (!ack) return deliver(payload);
			let answered = false;
			const reply = (...response: unknown[]) => {
				if (answered) return; // only the first answer travels back, as in Socket.IO
				answered = true;
				const copy = overTheWire(response);
				this.send(() => ack(...copy));
			};
			deliver([...payload, reply]);
		});
	}

	async settled(): Promise<void> {
		do await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
		while (this.inFlight > 0);
	}
}

function overTheWire(args: unknown[]): unknown[] {
	return JSON.parse(JSON.stringify(args)) as unknown[];
}

function checkName(event: string): void {
	if (RESERVED.has(event)) throw new Error(`"${event}" is a reserved event name`);
}

class Listeners {
	private readonly byEvent = new Map<string, Handler[]>();
	add(event: string, listener: Handler): void {
		this.byEvent.set(event, [...(this.byEvent.get(event) ?? []), listener]);
	}
	fire(event: string, args: unknown[]): void {
		for (const listener of this.byEvent.get(event) ?? []) listener(...args);
	}
}

/** A simulated Socket.IO server: `new InPageServer()` where real code has `new Server(httpServer)`. */
export class InPageServer<
	ListenEvents extends object = DefaultEventsMap,
	EmitEvents extends object = DefaultEventsMap,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io's default too
	SocketData = any,
> {
	/** @internal */ readonly wire: Wire;
	/** @internal */ readonly sockets = new Map<
		string,
		InPageServerSocket<ListenEvents, EmitEvents, SocketData>
	>();
	private readonly listeners = new Listeners();
	private nextId = 1;

	constructor(options: InPageOptions = {}) {
		this.wire = new Wire(options.latencyMs ?? 0);
	}

	on(
		event: 'connection',
		listener: (socket: InPageServerSocket<ListenEvents, EmitEvents, SocketData>) => void,
	): this {
		this.listeners.add(event, listener as Handler);
		return this;
	}

	/** Everyone in `room` (or in any of the rooms). */
	to(room: string | string[]): BroadcastOperator<EmitEvents> {
		return new BroadcastOperator(this, [room].flat(), []);
	}

	in(room: string | string[]): BroadcastOperator<EmitEvents> {
		return this.to(room);
	}

	/** Every connected client. */
	emit<K extends keyof EmitEvents & string>(event: K, ...args: Args<EmitEvents, K>): boolean {
		return new BroadcastOperator<EmitEvents>(this, [], []).emit(event, ...args);
	}

	/** Simulation only: resolves once no message is in flight. A real network has no such call. */
	settled(): Promise<void> {
		return this.wire.settled();
	}

	/** @internal A client's connection request has arrived. */
	accept(client: InPageClientSocket<EmitEvents, ListenEvents>): void {
		const socket = new InPageServerSocket(this, client, `sock-${this.nextId++}`);
		this.sockets.set(socket.id, socket);
		this.wire.send(() => client.opened(socket));
		this.listeners.fire('connection', [socket]);
	}
}

/** The server's side of one client's connection (the `socket` in `io.on('connection', ...)`). */
export class InPageServerSocket<
	ListenEvents extends object,
	EmitEvents extends object,
	SocketData,
> {
	data = {} as SocketData;
	/** Every socket is in a room named after its own id, so `to(id)` reaches just that client. */
	readonly rooms: Set<string>;
	connected = true;
	private readonly listeners = new Listeners();

	constructor(
		private readonly server: InPageServer<ListenEvents, EmitEvents, SocketData>,
		/** @internal */ readonly client: InPageClientSocket<EmitEvents, ListenEvents>,
		readonly id: string,
	) {
		this.rooms = new Set([id]);
	}

	on<K extends keyof ListenEvents & string>(event: K, listener: Listener<ListenEvents, K>): this;
	on(event: 'disconnect' | 'disconnecting', listener: (reason: string) => void): this;
	on(event: string, listener: AnyFunction): this {
		this.listeners.add(event, listener as Handler);
		return this;
	}

	/** To this one client. A function as the last argument asks the client for an acknowledgement. */
	emit<K extends keyof EmitEvents & string>(event: K, ...args: Args<EmitEvents, K>): boolean {
		checkName(event);
		if (!this.connected) return false;
		const client = this.client;
		this.server.wire.transmit((payload) => client.receive(this, event, payload), args);
		return true;
	}

	join(rooms: string | string[]): void {
		for (const room of [rooms].flat()) this.rooms.add(room);
	}

	leave(room: string): void {
		this.rooms.delete(room);
	}

	/** Everyone in `room` except this socket. */
	to(room: string | string[]): BroadcastOperator<EmitEvents> {
		return new BroadcastOperator(this.server, [room].flat(), [this.id]);
	}

	/** Every connected client except this socket. */
	get broadcast(): BroadcastOperator<EmitEvents> {
		return new BroadcastOperator(this.server, [], [this.id]);
	}

	/** The server hangs up on this client. */
	disconnect(): this {
		if (!this.connected) return this;
		const client = this.client;
		this.server.wire.send(() => client.closed(this, 'io server disconnect'));
		this.close('server namespace disconnect');
		return this;
	}

	/** @internal A packet from the client has arrived. */
	receive(event: string, args: unknown[]): void {
		if (this.connected) this.listeners.fire(event, args);
	}

	/** @internal Leaves every room (while 'disconnecting' still sees them), then says goodbye. */
	close(reason: string): void {
		if (!this.connected) return;
		this.listeners.fire('disconnecting', [reason]);
		this.connected = false;
		this.rooms.clear();
		this.server.sockets.delete(this.id);
		this.listeners.fire('disconnect', [reason]);
	}
}

/** `io.to(room)`, `socket.to(room)`, `socket.broadcast`: who an emit goes to. */
export class BroadcastOperator<EmitEvents extends object> {
	constructor(
		private readonly server: InPageServer<object, EmitEvents, unknown>,
		private readonly rooms: string[],
		private readonly exceptRooms: string[],
	) {}

	to(room: string | string[]): BroadcastOperator<EmitEvents> {
		return new BroadcastOperator(this.server, [...this.rooms, room].flat(), this.exceptRooms);
	}

	except(room: string | string[]): BroadcastOperator<EmitEvents> {
		return new BroadcastOperator(this.server, this.rooms, [...this.exceptRooms, room].flat());
	}

	emit<K extends keyof EmitEvents & string>(event: K, ...args: Args<EmitEvents, K>): boolean {
		checkName(event);
		if (typeof args.at(-1) === 'function') {
			throw new Error(
				'This simulation has no acknowledgements for broadcasts (Socket.IO needs .timeout() for them).',
			);
		}
		for (const socket of this.targets()) socket.emit(event, ...args);
		return true;
	}

	/** The matching server-side sockets (`io.in(room).fetchSockets()` in Socket.IO). */
	async fetchSockets(): Promise<Array<{ id: string; data: unknown; rooms: Set<string> }>> {
		return this.targets();
	}

	private targets() {
		const inAny = (socket: { rooms: Set<string> }, rooms: string[]) =>
			rooms.some((room) => socket.rooms.has(room));
		return [...this.server.sockets.values()].filter(
			(socket) =>
				(this.rooms.length === 0 || inAny(socket, this.rooms)) && !inAny(socket, this.exceptRooms),
		);
	}
}

/** A simulated client: what `io(url)` from socket.io-client returns in a real page. */
export class InPageClientSocket<ListenEvents extends object, EmitEvents extends object> {
	/** Set by the server when connected; a reconnection gets a new one. */
	id: string | undefined;
	connected = false;
	private peer: InPageServerSocket<EmitEvents, ListenEvents, unknown> | undefined;
	private connecting = false;
	/** Emits made while not connected, sent on (re)connection, as socket.io-client does. */
	private buffer: unknown[][] = [];
	private readonly listeners = new Listeners();

	constructor(private readonly server: InPageServer<EmitEvents, ListenEvents, unknown>) {}

	on<K extends keyof ListenEvents & string>(event: K, listener: Listener<ListenEvents, K>): this;
	on(event: 'connect', listener: () => void): this;
	on(event: 'disconnect', listener: (reason: string) => void): this;
	on(event: string, listener: AnyFunction): this {
		this.listeners.add(event, listener as Handler);
		return this;
	}

	/** To the server. A function as the last argument is the acknowledgement callback. */
	emit<K extends keyof EmitEvents & string>(event: K, ...args: Args<EmitEvents, K>): this {
		checkName(event);
		if (!this.connected || !this.peer) {
			this.buffer.push([event, ...args]);
			return this;
		}
		const peer = this.peer;
		this.server.wire.transmit((payload) => peer.receive(event, payload), [...args]);
		return this;
	}

	/** Emits and resolves with the server's acknowledgement. */
	emitWithAck<K extends keyof EmitEvents & string>(
		event: K,
		...args: AllButLast<Args<EmitEvents, K>>
	): Promise<AckResult<EmitEvents, K>> {
		return new Promise((resolve) => {
			(this.emit as (event: string, ...args: unknown[]) => this)(event, ...args, resolve);
		});
	}

	/** Like `socket.timeout(ms).emitWithAck(...)`: rejects if no acknowledgement comes in time. */
	timeout(ms: number) {
		return {
			emitWithAck: <K extends keyof EmitEvents & string>(
				event: K,
				...args: AllButLast<Args<EmitEvents, K>>
			): Promise<AckResult<EmitEvents, K>> =>
				new Promise((resolve, reject) => {
					const timer = setTimeout(() => reject(new Error('operation has timed out')), ms);
					this.emitWithAck(event, ...args).then((value) => {
						clearTimeout(timer);
						resolve(value);
					});
				}),
		};
	}

	/** Opens (or reopens) the connection. */
	connect(): this {
		if (this.connected || this.connecting) return this;
		this.connecting = true;
		this.server.wire.send(() => this.server.accept(this));
		return this;
	}

	/** Hangs up. The server sees 'disconnect' with the reason "client namespace disconnect". */
	disconnect(): this {
		const peer = this.peer;
		if (peer && this.connected) {
			this.server.wire.send(() => peer.close('client namespace disconnect'));
		}
		this.connecting = false;
		if (this.connected) this.closed(peer, 'io client disconnect');
		return this;
	}

	/** @internal The server accepted the connection. */
	opened(peer: InPageServerSocket<EmitEvents, ListenEvents, unknown>): void {
		if (!this.connecting) return peer.close('client namespace disconnect'); // hung up meanwhile
		this.connecting = false;
		this.connected = true;
		this.peer = peer;
		this.id = peer.id;
		const buffered = this.buffer;
		this.buffer = [];
		for (const [event, ...args] of buffered) {
			(this.emit as (event: string, ...args: unknown[]) => this)(event as string, ...args);
		}
		this.listeners.fire('connect', []);
	}

	/** @internal */
	closed(peer: unknown, reason: string): void {
		if (peer !== this.peer || !this.connected) return;
		this.connected = false;
		this.peer = undefined;
		this.id = undefined;
		this.listeners.fire('disconnect', [reason]);
	}

	/** @internal A packet from the server has arrived. */
	receive(from: unknown, event: string, args: unknown[]): void {
		if (from === this.peer && this.connected) this.listeners.fire(event, args);
	}
}

/** Connects a new simulated client: what `io(url)` does with socket.io-client. */
export function connect<L extends object, E extends object, D>(
	server: InPageServer<L, E, D>,
): InPageClientSocket<E, L> {
	const client = new InPageClientSocket<E, L>(server as unknown as InPageServer<L, E, unknown>);
	return client.connect();
}
