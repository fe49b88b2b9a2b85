/**
 * Simulated time. With `timeScale` 10 a 30 s call lasts 3 real seconds, yet every timestamp and
 * billsec the switch reports is in simulated seconds, so tests see realistic figures fast.
 */
export class SimClock {
  private readonly realStart = Date.now();
  private readonly simStart = this.realStart;

  constructor(readonly timeScale: number) {
    if (!(timeScale > 0)) throw new Error(`timeScale must be > 0, got ${timeScale}`);
  }

  /** Simulated wall-clock time in milliseconds since the epoch. */
  nowMs(): number {
    return this.simStart + (Date.now() - this.realStart) * this.timeScale;
  }

  /** Runs `fn` after `simSeconds` of simulated time; returns the handle to cancel it. */
  after(simSeconds: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(fn, Math.max(0, (simSeconds * 1000) / this.timeScale));
    t.unref();
    return t;
  }
}
