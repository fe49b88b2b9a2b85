import { isOpen, nextOpenAt } from '../calendar/calendar-hours';
import { RunState, type RunStateReason } from '../campaign/run-state';
import type { PacingBucket } from './pacing';
import type { CandidateSurvey } from './planner-candidates';
import type { CallCounts, PlannerCampaign } from './planner-types';

/**
 * The run state machine's decision, apart from the planner's placing loop: the planner notes
 * what stopped each campaign this tick (`held`), and `runStateOf` turns that into the state
 * the console shows. A state names what holds the campaign, not whether a call happened to be
 * placed this tick, so steady dialing at a limit reads the same state tick after tick.
 */

/** What stopped a campaign from placing more calls this tick. */
export interface RunStateHold {
  state: RunState;
  reason: RunStateReason;
}

/** Per-campaign working state during one tick. */
export interface CampaignTick {
  campaign: PlannerCampaign;
  survey: CandidateSurvey;
  counts: CallCounts;
  bucket: PacingBucket;
  cursor: number;
  placed: number;
  done: boolean;
  /** The last limit that stopped it this tick; null when nothing did. */
  hold: RunStateHold | null;
  waitingAgents: boolean;
  pacingWakeAt: number | null;
}

export interface RunStateDecision {
  state: RunState;
  reason: RunStateReason | null;
  wakeAt: number | null;
}

export const minWake = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/** Notes what held the campaign; returns false so a placing step can `return held(...)`. */
export function held(t: CampaignTick, state: RunState, reason: RunStateReason): false {
  t.hold = { state, reason };
  return false;
}

/** The rate scope that allows the next call last (ties: the first listed), and when. */
export function slowestPace(
  nowMs: number,
  scopes: ReadonlyArray<readonly [PacingBucket, RunStateReason]>,
): { at: number; reason: RunStateReason } {
  let at = nowMs;
  let reason = scopes[0]?.[1] as RunStateReason;
  for (const [bucket, why] of scopes) {
    const e = bucket.earliest(nowMs);
    if (e > at) {
      at = e;
      reason = why;
    }
  }
  return { at, reason };
}

/** Why the campaign is (not) dialing after this tick, and when it may change by itself. */
export function runStateOf(t: CampaignTick, now: Date): RunStateDecision {
  const c = t.campaign;
  const nowMs = now.getTime();
  const future = (ms: number | null) => (ms !== null && ms > nowMs ? ms : null);
  const placedWake = future(minWake(t.pacingWakeAt, t.survey.wakeAt));
  if (t.waitingAgents) return { state: RunState.WAITING_AGENTS, reason: null, wakeAt: t.placed > 0 ? placedWake : null };
  if (t.hold) return { ...t.hold, wakeAt: t.placed > 0 ? placedWake : future(t.pacingWakeAt) };
  if (t.placed > 0) return { state: RunState.DIALING, reason: null, wakeAt: placedWake };

  const calendarClosed = c.calendar !== null && !isOpen(c.calendar, now);
  const wakeAt = future(minWake(t.survey.wakeAt, c.nextDueAt ? c.nextDueAt.getTime() : null));
  if (calendarClosed || (t.survey.outsideHours && !t.survey.waiting)) {
    const opens = c.calendar && calendarClosed ? nextOpenAt(c.calendar, now) : null;
    return { state: RunState.OUTSIDE_HOURS, reason: null, wakeAt: wakeAt ?? future(opens ? opens.getTime() : null) };
  }
  if (t.survey.waiting || wakeAt !== null) return { state: RunState.WAITING_RETRY, reason: null, wakeAt };
  if (t.counts.internal + t.counts.external > 0) return { state: RunState.DIALING, reason: null, wakeAt: null };
  return { state: RunState.IDLE, reason: null, wakeAt: null };
}
