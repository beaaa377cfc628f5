/**
 * Decides, tick by tick, whether a demo's sandbox is still alive. Pure (the clock is passed in),
 * so its rules are unit-tested: tests/unit/watchdog.test.ts.
 *
 * - The sandbox answers every ping; no answer for `limitMs` means reader code is blocking it
 *   (an infinite loop), and the verdict is 'unresponsive'.
 * - A library may announce a busy stretch (starting Postgres blocks the sandbox for seconds on
 *   purpose). While any stretch is open the sandbox is not judged. A stretch ends when the sandbox
 *   says so (`idle`) or at its ceiling; a sandbox still silent `limitMs` after a stretch ran out
 *   gets the verdict 'slow-start', so the reader is not told their code loops when it never ran.
 * - If this page's own timer fired late (the whole machine was busy), the delay is not charged
 *   to the sandbox: its answers could not have been handled here in that time either.
 */
export type Verdict = 'ping' | 'wait' | 'unresponsive' | 'slow-start';

export interface WatchdogLimits {
	/** Silence that counts as a hung sandbox. */
	limitMs: number;
	/** Longest busy stretch a library may announce. */
	maxBusyMs: number;
	/** How often `tick` is called. */
	tickMs: number;
}

export class Watchdog {
	private lastPong = 0;
	private lastTick = 0;
	/** Open busy stretches, by id, and when each runs out at the latest. */
	private readonly busy = new Map<number, number>();
	private busyRanOutAt = Number.NEGATIVE_INFINITY;

	constructor(private readonly limits: WatchdogLimits) {}

	start(now: number): void {
		this.lastPong = now;
		this.lastTick = now;
	}

	pong(now: number): void {
		this.lastPong = now;
	}

	busyFor(id: number, ms: number, now: number): void {
		this.busy.set(id, now + Math.min(ms, this.limits.maxBusyMs));
	}

	idle(id: number, now: number): void {
		this.busy.delete(id);
		this.lastPong = now;
	}

	tick(now: number, pageHidden: boolean): Verdict {
		const late = now - this.lastTick - this.limits.tickMs;
		if (late > this.limits.tickMs) this.lastPong += late;
		this.lastTick = now;
		for (const [id, until] of this.busy) {
			if (until > now) continue;
			this.busy.delete(id);
			this.busyRanOutAt = now;
		}
		// Background tabs throttle timers; judge the sandbox only while the page is visible.
		if (pageHidden || this.busy.size > 0) {
			this.lastPong = now;
			return 'wait';
		}
		if (now - this.lastPong <= this.limits.limitMs) return 'ping';
		// Silent ever since a busy stretch ran out: the library, not the reader's code, is slow.
		return this.lastPong <= this.busyRanOutAt ? 'slow-start' : 'unresponsive';
	}
}
