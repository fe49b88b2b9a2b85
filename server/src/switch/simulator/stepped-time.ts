/**
 * Simulated time that moves only when a test moves it, shared by the whole simulator (every
 * call's clock) and, through the test, by the dialer's injected clock: one clock for the
 * switch's stamps (answered_at, ended_at), the callee's waits (ring, patience, talk) and the
 * dialer's own deadlines (the 2-second agent search), so a slow or busy machine stretches real
 * time without moving any of them apart. Timers fire in the order they are due, each seeing
 * `nowMs()` read its due instant.
 */
export interface SimTimer {
  cancel(): void;
}

interface Pending {
  due: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class SteppedTime {
  private ms: number;
  private seq = 0;
  /** Sorted by due instant, then by the order they were set. */
  private pending: Pending[] = [];
  private flushQueued = false;

  constructor(start: Date) {
    this.ms = start.getTime();
  }

  nowMs(): number {
    return this.ms;
  }

  /** The earliest instant a timer is due, if any is set. */
  nextDueMs(): number | undefined {
    return this.pending[0]?.due;
  }

  at(dueMs: number, fn: () => void): SimTimer {
    const p: Pending = { due: Math.max(dueMs, this.ms), seq: this.seq++, fn, cancelled: false };
    let i = this.pending.length;
    while (i > 0 && this.pending[i - 1]!.due > p.due) i -= 1;
    this.pending.splice(i, 0, p);
    // Due now (a zero wait): it runs on the next turn of the event loop, as a real timer would.
    if (p.due <= this.ms && !this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => {
        this.flushQueued = false;
        this.advanceTo(this.ms);
      });
    }
    return {
      cancel: () => {
        p.cancelled = true;
      },
    };
  }

  /** Moves time to `targetMs` (never back), running every timer due by then at its own instant. */
  advanceTo(targetMs: number): void {
    for (;;) {
      const next = this.pending[0];
      if (!next || next.due > targetMs) break;
      this.pending.shift();
      if (next.cancelled) continue;
      this.ms = Math.max(this.ms, next.due);
      next.fn();
    }
    this.ms = Math.max(this.ms, targetMs);
  }
}
