/**
 * Rate limiting as minimum spacing: a token bucket of size 1 refilling at `cps` per second.
 * Calls are spread evenly rather than sent in bursts (MOR, EF dialer), and a tick of length
 * T can hold at most ceil(cps * T) calls per scope.
 */

/** Milliseconds between two calls in one scope; Infinity when the rate is 0 (nothing may go). */
export function spacingMs(callsPerSecond: number | null | undefined): number {
  if (callsPerSecond == null || !Number.isFinite(callsPerSecond)) return 0;
  if (callsPerSecond <= 0) return Number.POSITIVE_INFINITY;
  return 1000 / callsPerSecond;
}

/** The earliest instant (ms) a scope may originate again after its last call. */
export function nextFreeMs(lastOriginateAt: Date | null | undefined, callsPerSecond: number | null | undefined): number {
  const spacing = spacingMs(callsPerSecond);
  if (spacing === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  const last = lastOriginateAt?.getTime();
  if (last === undefined || Number.isNaN(last)) return Number.NEGATIVE_INFINITY;
  return last + spacing;
}

/** The most calls one scope can start in a tick starting with a full bucket. */
export function maxCallsPerTick(callsPerSecond: number | null | undefined, tickSeconds: number): number {
  const spacing = spacingMs(callsPerSecond);
  if (spacing === 0) return Number.POSITIVE_INFINITY;
  if (spacing === Number.POSITIVE_INFINITY) return 0;
  return Math.ceil((tickSeconds * 1000) / spacing);
}

/** One rate-limited scope (global, switch, a campaign, a gateway) during a tick. */
export class PacingBucket {
  private nextFree: number;
  private readonly spacing: number;

  constructor(lastOriginateAt: Date | null | undefined, callsPerSecond: number | null | undefined) {
    this.spacing = spacingMs(callsPerSecond);
    this.nextFree = nextFreeMs(lastOriginateAt, callsPerSecond);
  }

  /** The earliest ms this scope allows, never before `now`. */
  earliest(nowMs: number): number {
    return Math.max(nowMs, this.nextFree);
  }

  /** Records a call at `atMs`; the next may go one spacing later. */
  take(atMs: number): void {
    this.nextFree = atMs + this.spacing;
  }
}
