import { performance } from 'node:perf_hooks';

/** A connection with messages waiting to be written. */
export interface Flushable {
  flush(): void;
}

/** How long one slice of writing may hold the event loop before I/O, timers and handshakes get a turn. */
export const SLICE_MS = 8;
/** Connections written between two looks at the clock. */
const CHECK_EVERY = 32;
/**
 * A round takes at most this many turns of the event loop whatever the clock says: when the
 * process is short of CPU every turn is slow, and a slice bounded by time alone would write a
 * few dozen connections per turn while the messages pile up.
 */
const MAX_TURNS = 8;

/**
 * The fan-out's writes, in rounds over the connections that have something waiting (issue 23).
 * An event for thousands of subscribers is thousands of socket writes, each a system call
 * (~6-20 µs here): written on the spot, 5,000 connections at ~10 events/s each needed more
 * than the core the API had, the backlog grew, and draining it without a pause starved the
 * event loop (new connections stopped being accepted, timers stalled).
 *
 * Here a connection is written at most once per round, with everything that reached it since
 * its last write (one system call for several messages). Rounds run in slices of SLICE_MS (or
 * an eighth of the round, whichever is more) with `setImmediate` between them, so the process
 * keeps answering while it writes.
 * When the API keeps up, a round is one slice right after the event (no delay worth the name);
 * when it falls behind, rounds grow longer and each write carries more messages, so the cost
 * per message falls instead of the backlog growing.
 */
export class WriteRounds {
  /** Insertion order is the round's order: a connection written this round and reached again waits for the next. */
  private readonly waiting = new Set<Flushable>();
  private scheduled = false;
  private readonly counts = { writes: 0, slices: 0 };

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** `f` has something to write: it is written in the current round, or the next one. */
  add(f: Flushable): void {
    this.waiting.add(f);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.slice);
  }

  /** `f` wrote on its own (or closed): it need not be called. */
  remove(f: Flushable): void {
    this.waiting.delete(f);
  }

  /** Connections written and slices run so far, and how many wait now (tests, benchmark). */
  stats(): { writes: number; slices: number; waiting: number } {
    return { ...this.counts, waiting: this.waiting.size };
  }

  private readonly slice = (): void => {
    this.scheduled = false;
    this.counts.slices += 1;
    const until = performance.now() + this.sliceMs;
    const atLeast = Math.ceil(this.waiting.size / MAX_TURNS);
    let n = 0;
    for (const f of this.waiting) {
      this.waiting.delete(f);
      this.counts.writes += 1;
      f.flush();
      n += 1;
      if (n >= atLeast && n % CHECK_EVERY === 0 && performance.now() >= until) break;
    }
    if (this.waiting.size > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(this.slice);
    }
  };
}
