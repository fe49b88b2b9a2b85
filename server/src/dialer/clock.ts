/**
 * The dialer's notion of "now". Injectable so a test can jump across a DST change or a
 * holiday without waiting: an offset clock still advances in real time, so timers (rate
 * spacing, ticks) keep working while the calendar sees a different date.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Real time shifted by a settable offset (tests). */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  constructor(start?: Date) {
    if (start) this.setNow(start);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on, `now()` reads `at` and advances in real time. */
  setNow(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }
}

/**
 * Time that moves only when a test moves it: the dialer's clock driven tick by tick, so a
 * test can cover a minute of the dialer's time (pacing, the run state's hold) in seconds.
 * Timers (originate spacing, ticks) still run in real time.
 */
export class SteppedClock implements Clock {
  private ms: number;

  constructor(start: Date) {
    this.ms = start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
