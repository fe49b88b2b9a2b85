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
