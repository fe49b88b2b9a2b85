/**
 * How much of its abandon budget predictive pacing may still spend, 0..1. Two windows bound
 * it: the short rolling window that steers pacing minute to minute (15 min), and the
 * compliance profile's own window (US_TSR 30 days, UK_OFCOM 24 h; compliance/abandon-rate.ts),
 * which is what a regulator measures. Each gives (target - rate) / target, 0 at or above the
 * target (the short window: 1 with no answers yet; the profile window: see profileHeadroom); the smaller wins, so a campaign that spent its month's
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

/**
 * The profile window's headroom judged on the rate it would have if the next answer were
 * abandoned: (abandoned + 1) / (answered + 1). What a regulator reads is the window's rate at
 * any moment, so a campaign may risk an abandon only when one more still keeps it under the
 * target: under US_TSR a new campaign dials 1:1 until 33 human answers are on record, and its
 * first hours never read 1 of 20 (5%). A busy window barely notices the +1.
 */
export function profileHeadroom(target: number, w: AbandonCounts): number {
  return windowHeadroom(target, { humanAnswered: w.humanAnswered + 1, abandoned: w.abandoned + 1 });
}

/** The smaller of the short window's headroom and the profile window's (none: the short window alone). */
export function abandonHeadroom(target: number, short: AbandonCounts, profileWindow?: AbandonCounts | null): number {
  const s = windowHeadroom(target, short);
  return profileWindow ? Math.min(s, profileHeadroom(target, profileWindow)) : s;
}
