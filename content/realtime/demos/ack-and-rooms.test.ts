import { expect, it } from 'vitest';
import { runDemo } from '../../../tests/unit/support/run-demo';

it('ack-and-rooms: each emit variant reaches exactly its audience; acks answer, timeouts reject', async () => {
	const lines = await runDemo(() => import('./ack-and-rooms'));
	const reach = (variant: string) =>
		lines.find((line) => line.startsWith(`${variant} `))?.split('→ reaches ')[1];

	expect(reach('socket.emit')).toBe('Ana');
	expect(reach('io.emit')).toBe('Ana, Ben, Cy');
	expect(reach('socket.broadcast.emit')).toBe('Ben, Cy');
	expect(reach('io.to(room).emit')).toBe('Ana, Ben');
	expect(reach('socket.to(room).emit')).toBe('Ben');
	expect(lines).toContain('ack: the server says room red has 2 members');
	expect(lines).toContain('no ack within 200 ms: operation has timed out');
});
