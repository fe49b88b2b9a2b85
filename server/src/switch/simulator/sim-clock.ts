/**
 * Simulated time. With `timeScale` 10 a 30 s call lasts 3 real seconds, yet every timestamp and
 * billsec the switch reports is in simulated seconds, so tests see realistic figures fast.
 *
 * A timer runs at the simulated instant it was due, not when the event loop got to it: inside
 * its callback `nowMs()` reads the due time. So a callee who answers after 2 s and talks 20 s
 * bills 20 s on a busy machine too (a late timer would otherwise stretch every simulated span
 * by `timeScale` times its lateness). Commands from Pacer (uuid_kill…) still read real time:
 * how quickly Pacer reacts is what they show.
 */
export class SimClock {
  private readonly realStart = Date.now();
  private readonly simStart = this.realStart;
  /** The due instant of the timer callback now running, if any. */
  private running: number | null = null;

  constructor(readonly timeScale: number) {
    if (!(timeScale > 0)) throw new Error(`timeScale must be > 0, got ${timeScale}`);
  }

  /** Simulated wall-clock time in milliseconds since the epoch. */
  nowMs(): number {
    return this.running ?? this.realNowMs();
  }

  /** Runs `fn` after `simSeconds` of simulated time; returns the handle to cancel it. */
  after(simSeconds: number, fn: () => void): NodeJS.Timeout {
    const due = this.nowMs() + Math.max(0, simSeconds * 1000);
    // A chain of timers catches up when one ran late: the wait is measured from real time now.
    const t = setTimeout(
      () => {
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
    return t;
  }

  private realNowMs(): number {
    return this.simStart + (Date.now() - this.realStart) * this.timeScale;
  }
}
