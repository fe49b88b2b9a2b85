import { RecipientState } from '../recipient/recipient-state';

/** What decides a recipient's place in a campaign's dialing queue. */
export interface OrderableCandidate {
  state: RecipientState;
  /** Attempts counted so far; 0 = never called. */
  attempts: number;
  /** Higher first among never-called recipients. */
  priority: number;
  /** List order (import sequence); lower first. */
  position: number;
  callbackAt?: Date | null;
  nextAttemptAt?: Date | null;
}

/** Queue tiers: due callbacks, never called, then retries (product.md "Dialer behaviour"). */
export enum CandidateTier {
  CALLBACK = 0,
  FRESH = 1,
  RETRY = 2,
}

/** The tier of a candidate at `now`; callbacks not yet due sort with the retries by their time. */
export function candidateTier(c: OrderableCandidate, now: Date): CandidateTier {
  if (c.state === RecipientState.SCHEDULED && c.callbackAt && c.callbackAt.getTime() <= now.getTime()) {
    return CandidateTier.CALLBACK;
  }
  return c.attempts <= 0 && c.state !== RecipientState.SCHEDULED ? CandidateTier.FRESH : CandidateTier.RETRY;
}

const time = (d: Date | null | undefined): number => (d ? d.getTime() : Number.NEGATIVE_INFINITY);

/**
 * The claim query's order as a comparator, so in-memory callers (simulator, tests) and the
 * SQL agree: due callbacks (earliest first), never-called by priority then list order, then
 * retries longest-waiting first (earliest due time), list order breaking ties. Equivalent SQL:
 * `ORDER BY tier, CASE tier WHEN 0 THEN callback_at END, CASE tier WHEN 1 THEN -priority END,
 * COALESCE(next_attempt_at, callback_at) NULLS FIRST, position`.
 */
export function compareCandidates(now: Date): (a: OrderableCandidate, b: OrderableCandidate) => number {
  return (a: OrderableCandidate, b: OrderableCandidate): number => {
    const ta = candidateTier(a, now);
    const tb = candidateTier(b, now);
    if (ta !== tb) return ta - tb;
    if (ta === CandidateTier.CALLBACK) return time(a.callbackAt) - time(b.callbackAt) || a.position - b.position;
    if (ta === CandidateTier.FRESH) return b.priority - a.priority || a.position - b.position;
    const dueA = time(a.nextAttemptAt ?? a.callbackAt);
    const dueB = time(b.nextAttemptAt ?? b.callbackAt);
    if (dueA !== dueB) return dueA < dueB ? -1 : 1;
    return a.position - b.position;
  };
}
