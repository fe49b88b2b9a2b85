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

/** A state the planner has seen on every tick since `since`, not yet published. */
export interface PendingRunState extends RunStateView {
  since: number;
}

export interface DebounceStep {
  pending: PendingRunState | null;
  /** Write and publish this now; null: nothing changes. */
  publish: RunStateView | null;
}

const same = (a: RunStateView | null, b: RunStateView | null): boolean =>
  a !== null && b !== null && a.state === b.state && (a.reason ?? null) === (b.reason ?? null);

/**
 * One tick of the debounce: `published` is what the campaign shows, `pending` what was seen
 * before, `seen` what the planner says now (by the dialer's clock, `nowMs`). A different state
 * is published once it has been seen on every tick for `holdMs`; seeing the published state
 * again drops the pending one.
 */
export function debounceRunState(
  published: RunStateView | null,
  pending: PendingRunState | null,
  seen: RunStateView,
  nowMs: number,
  holdMs: number = RUN_STATE_HOLD_MS,
): DebounceStep {
  if (same(published, seen)) return { pending: null, publish: null };
  const start = pending && same(pending, seen) ? pending : { state: seen.state, reason: seen.reason ?? null, since: nowMs };
  if (nowMs - start.since >= holdMs) return { pending: null, publish: { state: seen.state, reason: seen.reason ?? null } };
  return { pending: start, publish: null };
}
