// Three chat clients and one chat server, all SIMULATED in this page: there is no network and
// no server here. The server runs the chapter's real chat handlers (the same file the tested
// socket.io server runs); 'demo-kit/in-page-io' stands in for socket.io and socket.io-client,
// delaying every message by 20 ms as a network would.
import { InPageServer, connect } from 'demo-kit/in-page-io';
import { attachChat } from 'demo-kit/realtime-chat';
import type {
	ChatMessage,
	ChatSocketData,
	ClientToServerEvents,
	ServerToClientEvents,
} from 'demo-kit/realtime-chat';

const io = new InPageServer<ClientToServerEvents, ServerToClientEvents, ChatSocketData>({
	latencyMs: 20,
});
const chat = attachChat(io, { now: () => new Date('2026-03-01T12:00:00Z') });

const stage = document.getElementById('output') ?? document.body;
stage.innerHTML = `<p><strong>Simulation:</strong> three browsers and a Socket.IO server,
  all inside this page. Type in any pane, switch channels, or reconnect.</p>
  <div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem"></div>`;

function pane(name: string, savedChannel: string) {
	// Each browser keeps its own storage. A real page would use localStorage.getItem/setItem;
	// this sandbox has no storage, so a Map plays its part.
	const storage = new Map([['channel', savedChannel]]);
	const box = document.createElement('section');
	box.style.cssText = 'border:1px solid GrayText;border-radius:.4rem;padding:.5rem';
	box.innerHTML = `<h3 style="margin:0">${name}'s browser</h3><p class="status" role="status">connecting…</p>
	  <label>Channel <select><option>general</option><option>random</option></select></label>
	  <div role="log" aria-label="${name}'s messages" style="min-height:7rem;margin:.5rem 0"></div>
	  <form><label>Message <input required autocomplete="off" size="12"></label>
	  <button>Send</button></form> <button type="button">Reconnect</button>`;
	stage.querySelector('div')!.append(box);
	const [select, log, form, input] = ['select', '[role=log]', 'form', 'input'].map((s) =>
		box.querySelector(s),
	) as [HTMLSelectElement, HTMLElement, HTMLFormElement, HTMLInputElement];
	const seen: string[] = [];
	const show = (line: string) => {
		seen.push(line);
		const p = document.createElement('p');
		p.style.margin = '0';
		p.textContent = line; // text, never HTML: other people's messages are untrusted
		log.append(p);
	};
	const showMessage = (m: ChatMessage) =>
		show(`${m.from}${m.from === name ? ' (you)' : ''}: ${m.text}`);

	const socket = connect(io); // real code: io() from socket.io-client
	socket.on('message', showMessage);
	socket.on('notice', (notice) => show(`* ${notice.text}`));
	socket.on('disconnect', () => (box.querySelector('.status')!.textContent = 'disconnected'));
	// Server state belongs to a connection, so every (re)connect announces the name again
	// and rejoins the channel this browser remembered.
	socket.on('connect', async () => {
		box.querySelector('.status')!.textContent = `connected as ${socket.id}`;
		await socket.emitWithAck('choose name', name);
		await join(storage.get('channel')!);
	});

	async function join(channel: string) {
		const reply = await socket.emitWithAck('join channel', channel);
		if (!reply.ok) return show(`! ${reply.error}`);
		storage.set('channel', reply.channel); // remembered for the next visit
		select.value = reply.channel;
		log.replaceChildren();
		show(`— joined #${reply.channel} (earlier messages: ${reply.history.length}) —`);
		reply.history.forEach(showMessage);
	}
	select.addEventListener('change', () => join(select.value));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const text = input.value;
		const reply = await socket.emitWithAck('send message', text);
		if (!reply.ok) return show(`! ${reply.error}`);
		input.value = '';
		console.log(`${name}: ack for "${text}" → message id ${reply.id}`);
	});
	box.querySelector('button[type=button]')!.addEventListener('click', () => {
		socket.disconnect();
		socket.connect(); // a new connection, so a new socket id
	});
	// What a person does, for the script below: type and press Send, or pick a channel.
	const say = (text: string) => {
		input.value = text;
		form.requestSubmit();
	};
	const pick = (channel: string) => {
		select.value = channel;
		select.dispatchEvent(new Event('change'));
	};
	return { name, socket, seen, say, pick };
}

// A short scripted conversation, through the same forms you can use.
const [ana, ben, cy] = [pane('Ana', 'general'), pane('Ben', 'general'), pane('Cy', 'random')];
const script = [
	() => ana.say('Hi Ben!'),
	() => ben.say('Hello Ana.'),
	() => cy.say('Anyone in random?'),
	() => cy.pick('general'),
	() => cy.say('Found you!'),
];
for (const step of script) {
	await io.settled(); // simulation only: wait until no message is in flight
	step();
}
await io.settled();

for (const p of [ana, ben, cy]) {
	console.log(`${p.name} (${p.socket.id}) saw:\n  ${p.seen.join('\n  ')}`);
}
console.log('Server: display names → socket ids', chat.users());
