import type { SimTimer, SteppedTime } from './stepped-time';

/**
 * Simulated time. `timeScale` shortens how long the simulator waits, never what it reports:
 * with `timeScale` 10 a callee who rings 5 s and talks 30 s is done in 3.5 real seconds, yet the
 * call's events still say 5 s of ringing and 30 s of talk (billsec 30), as at `timeScale` 1.
 *
 * The clock reads real time plus the simulated time it has skipped: a timer that is due in 30
 * simulated seconds fires after 3 real ones and moves this clock to its due instant (27 s
 * skipped). Everything else (Pacer's commands, the time Pacer takes to react) passes at the
 * real rate, so a span Pacer decides (an agent talking, a message Pacer cuts) is stored as long
 * as it really was, at any scale. Each call has its own clock (`fork`), so one call's skipped
 * waits do not move another's times, and a call's clock starts at the real instant it is
 * created: its times run ahead of the wall clock only by what that call itself skipped.
 *
 * A timer runs at the simulated instant it was due, not when the event loop got to it: inside
 * its callback `nowMs()` reads the due time. So a callee who answers after 2 s and talks 20 s
 * bills 20 s on a busy machine too.
 */
export class SimClock {
  /** Simulated milliseconds skipped so far: this clock reads Date.now() plus this. */
  private skippedMs = 0;
  /** The due instant of the timer callback now running, if any. */
  private running: number | null = null;

  /**
   * `stepped`: time moves only when the test moves it (stepped-time.ts), the same for every call;
   * `timeScale` then plays no part.
   */
  constructor(
    readonly timeScale: number,
    readonly stepped?: SteppedTime,
  ) {
    if (!(timeScale > 0)) throw new Error(`timeScale must be > 0, got ${timeScale}`);
  }

  /** Simulated wall-clock time in milliseconds since the epoch. */
  nowMs(): number {
    if (this.stepped) return this.stepped.nowMs();
    return this.running ?? this.realNowMs();
  }

  /** A clock for one call, reading what this one reads now and skipping only its own waits. */
  fork(): SimClock {
    const c = new SimClock(this.timeScale, this.stepped);
    c.skippedMs = this.nowMs() - Date.now();
    return c;
  }

  /** Runs `fn` after `simSeconds` of simulated time; returns the handle to cancel it. */
  after(simSeconds: number, fn: () => void): SimTimer {
    const due = this.nowMs() + Math.max(0, simSeconds * 1000);
    if (this.stepped) return this.stepped.at(due, fn);
    // A chain of timers catches up when one ran late: the wait is measured from real time now.
    const t = setTimeout(
      () => {
        // The wait was cut short by the scale: the clock jumps to the due instant (never back).
        this.skippedMs = Math.max(this.skippedMs, due - Date.now());
        const outer = this.running;
        this.running = due;
        try {
          fn();
        } finally {
          this.running = outer;
        }
      },
      Math.max(0, (due - this.realNowMs()) / this.timeScale),
    );
    t.unref();
    return { cancel: () => clearTimeout(t) };
  }

  private realNowMs(): number {
    return Date.now() + this.skippedMs;
  }
}
