// Who receives what? One server, three clients, five ways to emit, and acknowledgements.
// SIMULATED: 'demo-kit/in-page-io' copies socket.io's API inside this page. There is no
// network here; every message still takes a hop through a fake one, in order.
import { InPageServer, connect } from 'demo-kit/in-page-io';

const io = new InPageServer(); // real code: new Server(httpServer) from 'socket.io'

io.on('connection', (socket) => {
	// The client says who it is; the server remembers it per connection and joins the room.
	socket.on('hello', (name: string, room: string) => {
		socket.data.name = name;
		socket.join(room);
	});

	socket.on('demo', (variant: string) => {
		const news = `${variant} from ${socket.data.name}`;
		if (variant === 'socket.emit') socket.emit('news', news); // only the sender
		if (variant === 'io.emit') io.emit('news', news); // everyone connected
		if (variant === 'socket.broadcast.emit') socket.broadcast.emit('news', news); // all but sender
		if (variant === 'io.to(room).emit') io.to('red').emit('news', news); // room, sender included
		if (variant === 'socket.to(room).emit') socket.to('red').emit('news', news); // room minus sender
	});

	// An acknowledgement: the client's callback arrives as the last argument; calling it answers.
	socket.on('count', async (room: string, ack: (count: number) => void) => {
		const members = await io.in(room).fetchSockets();
		ack(members.length);
	});
});

// Three browsers: Ana and Ben in room "red", Cy in room "blue".
const rooms = { Ana: 'red', Ben: 'red', Cy: 'blue' };
const inbox: Record<string, string[]> = {};
const [ana] = Object.entries(rooms).map(([name, room]) => {
	const socket = connect(io); // real code: io(url) from 'socket.io-client'
	inbox[name] = [];
	socket.on('news', (text: string) => inbox[name]!.push(text));
	socket.emit('hello', name, room);
	return socket;
});
await io.settled(); // simulation only: wait until nothing is in flight

console.log('Ana (room red) emits each variant. Ben is in red, Cy in blue.');
for (const variant of [
	'socket.emit',
	'io.emit',
	'socket.broadcast.emit',
	'io.to(room).emit',
	'socket.to(room).emit',
]) {
	for (const list of Object.values(inbox)) list.length = 0;
	ana!.emit('demo', variant);
	await io.settled();
	const who = Object.keys(inbox).filter((name) => inbox[name]!.length > 0);
	console.log(`${variant.padEnd(22)} → reaches ${who.join(', ') || 'nobody'}`);
}

// emitWithAck sends the event and waits for the server to call the callback.
const count = await ana!.emitWithAck('count', 'red');
console.log(`ack: the server says room red has ${count} members`);

// Nobody listens for this event, so no answer ever comes: a timeout turns that into an error.
try {
	await ana!.timeout(200).emitWithAck('unknown event');
} catch (error) {
	console.log(`no ack within 200 ms: ${(error as Error).message}`);
}
