/**
 * How much of its abandon budget predictive pacing may still spend, 0..1. Two windows bound
 * it: the short rolling window that steers pacing minute to minute (15 min), and the
 * compliance profile's own window (US_TSR 30 days, UK_OFCOM 24 h; compliance/abandon-rate.ts),
 * which is what a regulator measures. Each gives (target - rate) / target, 1 with no answers
 * yet and 0 at or above the target; the smaller wins, so a campaign that spent its month's
 * allowance dials carefully even after a quiet quarter of an hour.
 */

/** Human answers and the abandons among them over one window. */
export interface AbandonCounts {
  humanAnswered: number;
  abandoned: number;
}

/** (target - rate) / target for one window, clamped to 0..1; 1 with no answers. */
export function windowHeadroom(target: number, w: AbandonCounts): number {
  if (!(target > 0)) return 0;
  if (!(w.humanAnswered > 0)) return 1;
  return Math.min(1, Math.max(0, (target - w.abandoned / w.humanAnswered) / target));
}

/** The smaller of the short window's headroom and the profile window's (none: the short window alone). */
export function abandonHeadroom(target: number, short: AbandonCounts, profileWindow?: AbandonCounts | null): number {
  const s = windowHeadroom(target, short);
  return profileWindow ? Math.min(s, windowHeadroom(target, profileWindow)) : s;
}
