/**
 * Building blocks of the pacing simulation: a seeded RNG, an event heap and time-stamped
 * counters that answer "how many / what mean over the last S seconds" for any S (each pacer
 * measures over its own windows: Pacer 15 min, VICIdial 1 min and the whole day, Webitel 1 h).
 */

import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded uniform [0, 1) stream (pure-rand, as the switch simulator uses): runs reproduce exactly. */
export function rng(seed: number): () => number {
  const g = xoroshiro128plus(seed);
  return () => uniformFloat64(g);
}

/** A binary min-heap of timed items (ties: insertion order, so runs are deterministic). */
export class EventHeap<E extends { at: number }> {
  private heap: Array<{ e: E; seq: number }> = [];
  private seq = 0;
  push(e: E): void {
    const h = this.heap;
    h.push({ e, seq: this.seq++ });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): E | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(l, m)) m = l;
        if (r < h.length && this.less(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top?.e;
  }
  private less(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.e.at < y.e.at || (x.e.at === y.e.at && x.seq < y.seq);
  }
}

/** Values stamped in time order; count and mean over any trailing window by binary search. */
export class Series {
  private at: number[] = [];
  private sums: number[] = [0];
  add(at: number, value = 1): void {
    this.at.push(at);
    this.sums.push(this.sums[this.sums.length - 1]! + value);
  }
  private from(since: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! < since) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Entries in (now - seconds, now]; the whole series when seconds is Infinity. */
  count(now: number, seconds: number): number {
    return this.at.length - this.from(now - seconds);
  }
  /** Mean value over the window, or undefined when it is empty. */
  mean(now: number, seconds: number): number | undefined {
    const i = this.from(now - seconds);
    const n = this.at.length - i;
    return n > 0 ? (this.sums[this.at.length]! - this.sums[i]!) / n : undefined;
  }
}
