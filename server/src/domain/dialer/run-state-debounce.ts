import type { RunState, RunStateReason } from '../campaign/run-state';

/**
 * A run state is published only once it has held: the planner's view can change every tick
 * (a slot frees, a call is placed, the slot is full again), and a console header or a
 * `campaignChanged` subscriber wants what holds the campaign, not each tick's flicker.
 */
export const RUN_STATE_HOLD_MS = 1000;

export interface RunStateView {
  state: RunState;
  reason: RunStateReason | null;
}

/**
 * The ticks since the planner first saw something other than the published state: how many,
 * how many of them still saw the published one, and each other view's count.
 */
export interface PendingRunState {
  since: number;
  ticks: number;
  publishedTicks: number;
  others: Array<RunStateView & { ticks: number; lastAt: number }>;
}

export interface DebounceStep {
  pending: PendingRunState | null;
  /** Write and publish this now; null: nothing changes. */
  publish: RunStateView | null;
}

const same = (a: RunStateView | null, b: RunStateView | null): boolean =>
  a !== null && b !== null && a.state === b.state && (a.reason ?? null) === (b.reason ?? null);

/**
 * One tick of the debounce: `published` is what the campaign shows, `pending` the window opened
 * when the planner first saw something else, `seen` what it says now (by the dialer's clock,
 * `nowMs`). Once the window is `holdMs` old it closes: the view seen most in it (ties: the
 * latest) is published when it was seen more than twice as often as the published state,
 * else the published state stays. So a clean change shows after `holdMs`; a view that keeps
 * changing tick by tick (placing, paced, at the limit) never leaves a stale state on screen
 * longer than that (a state waiting for the same view a whole second would keep "IDLE" of
 * the start forever), and an even flip between two views publishes nothing after the first.
 */
export function debounceRunState(
  published: RunStateView | null,
  pending: PendingRunState | null,
  seen: RunStateView,
  nowMs: number,
  holdMs: number = RUN_STATE_HOLD_MS,
): DebounceStep {
  if (!pending && same(published, seen)) return { pending: null, publish: null };
  const w: PendingRunState = pending ?? { since: nowMs, ticks: 0, publishedTicks: 0, others: [] };
  w.ticks += 1;
  if (same(published, seen)) w.publishedTicks += 1;
  else {
    const other = w.others.find((o) => same(o, seen));
    if (other) {
      other.ticks += 1;
      other.lastAt = nowMs;
    } else w.others.push({ state: seen.state, reason: seen.reason ?? null, ticks: 1, lastAt: nowMs });
  }
  if (nowMs - w.since < holdMs) return { pending: w, publish: null };
  if (w.others.length === 0) return { pending: null, publish: null };
  const best = w.others.reduce((a, b) => (b.ticks > a.ticks || (b.ticks === a.ticks && b.lastAt >= a.lastAt) ? b : a));
  if (best.ticks <= 2 * w.publishedTicks) return { pending: null, publish: null };
  return { pending: null, publish: { state: best.state, reason: best.reason ?? null } };
}
