import { describe, expect, it } from 'vitest';
import { Watchdog, type Verdict } from '../../src/runner/host/watchdog';

const LIMITS = { limitMs: 1500, maxBusyMs: 20_000, tickMs: 200 };

/** Ticks every 200 ms from `from` to `to` (inclusive); returns the first verdict that is not a ping or wait. */
function tickUntil(dog: Watchdog, from: number, to: number, onTick?: (now: number) => void) {
	for (let now = from; now <= to; now += LIMITS.tickMs) {
		onTick?.(now);
		const verdict: Verdict = dog.tick(now, false);
		if (verdict !== 'ping' && verdict !== 'wait') return { verdict, at: now };
	}
	return null;
}

describe('the sandbox watchdog', () => {
	it('keeps a sandbox that answers every ping', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		expect(tickUntil(dog, 200, 60_000, (now) => dog.pong(now - 50))).toBeNull();
	});

	it('stops a silent sandbox (an infinite loop) after 1.5 s and before 2 s', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		const stop = tickUntil(dog, 200, 5000);
		expect(stop?.verdict).toBe('unresponsive');
		expect(stop!.at).toBeGreaterThan(1500);
		expect(stop!.at).toBeLessThan(2000);
	});

	it('does not judge during an announced busy stretch, and judges again as soon as it ends', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		dog.busyFor(1, 20_000, 0);
		// Postgres starts for 9 s without a single pong: no verdict.
		expect(tickUntil(dog, 200, 9000)).toBeNull();
		dog.idle(1, 9000);
		// Reader code then loops: stopped within 2 s of the stretch ending, not 20 s.
		const stop = tickUntil(dog, 9200, 30_000);
		expect(stop?.verdict).toBe('unresponsive');
		expect(stop!.at - 9000).toBeLessThan(2000);
	});

	it('keeps judging while one of two overlapping stretches is still open', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		dog.busyFor(1, 20_000, 0);
		dog.busyFor(2, 20_000, 100);
		dog.idle(1, 1000);
		expect(tickUntil(dog, 200, 8000)).toBeNull();
		dog.idle(2, 8000);
		expect(tickUntil(dog, 8200, 20_000)?.verdict).toBe('unresponsive');
	});

	it('caps a stretch at its ceiling and then says the start was slow, not that the code loops', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		dog.busyFor(1, 60_000, 0); // asks for more than the ceiling allows
		const stop = tickUntil(dog, 200, 40_000);
		expect(stop?.verdict).toBe('slow-start');
		expect(stop!.at).toBeGreaterThan(20_000);
		expect(stop!.at).toBeLessThan(22_000);
	});

	it('calls a later silence a loop once the sandbox has answered after a stretch ran out', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		dog.busyFor(1, 1000, 0);
		expect(tickUntil(dog, 200, 3000, (now) => dog.pong(now))).toBeNull();
		expect(tickUntil(dog, 3200, 8000)?.verdict).toBe('unresponsive');
	});

	it('does not charge the sandbox for time this page itself was frozen', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		dog.pong(100);
		// The page's own timer is 1.8 s late (the machine was busy): no verdict on that tick.
		expect(dog.tick(2000, false)).toBe('ping');
		// The sandbox answers the next ping; all is well.
		dog.pong(2100);
		expect(dog.tick(2200, false)).toBe('ping');
	});

	it('does not judge while the page is hidden (background tabs throttle timers)', () => {
		const dog = new Watchdog(LIMITS);
		dog.start(0);
		for (let now = 200; now <= 10_000; now += 200) expect(dog.tick(now, true)).toBe('wait');
		expect(dog.tick(10_200, false)).toBe('ping');
	});
});
