import { pickNumber } from '../numbers/number-rotation';
import { nextDialableAt, whyNotDialable, type DialableRecipient, type NotDialableReason } from '../recipient/dialable';
import {
  hasWindow,
  isWindowOpen,
  nextWindowOpen,
  zonesKey,
  zonesOf,
  type CallingWindow,
  type RecipientZones,
} from '../compliance/calling-window';
import type { PlannerCampaign, PlannerCandidate } from './planner-types';

/**
 * One campaign's dial gate for one instant: what the planner asks of every candidate
 * (planner-candidates.ts) and what "why is this person not called?" asks of one recipient
 * (waiting-reason.ts), so the two can never disagree. Calling hours are read per zone set
 * (the recipient's own zone, else every zone of its numbers), once per set: most share a few.
 */

/** The campaign's rules the gate reads (a PlannerCampaign has them all). */
export type GateRules = Pick<PlannerCampaign, 'calendar' | 'callingHours' | 'abandonRestMs'>;

/** What the gate found for one candidate. */
export interface CandidateVerdict {
  /** The candidate as the gate saw it: a rest after an abandoned call reads as a not-before. */
  gate: DialableRecipient;
  zones: RecipientZones;
  /** Null: dialable now. */
  reason: NotDialableReason | null;
  /** Dialable, but every number is stopped (the planner stops it). */
  noNumbers: boolean;
  /** The rest after an abandoned call is what sets the gate's not-before. */
  rested: boolean;
}

export interface CandidateGate {
  window: CallingWindow;
  /** Whether the calling window is open now in every one of these zones. */
  openNow(zones: RecipientZones): boolean;
  judge(candidate: PlannerCandidate): CandidateVerdict;
  /** When a waiting candidate becomes dialable if nothing else changes (the planner's wake), or null. */
  dialableAt(verdict: CandidateVerdict): Date | null;
  /** The first instant at or after `from` when the calling window is open in every zone. */
  opensAt(zones: RecipientZones, from: Date): Date | null;
}

/** The calling window of a campaign: its calendar narrowing its profile's hours. */
export function windowOf(campaign: Pick<PlannerCampaign, 'calendar' | 'callingHours'>): CallingWindow {
  return { calendar: campaign.calendar, hours: campaign.callingHours ?? null };
}

/**
 * The candidate as the gate should see it: a recipient whose last call was abandoned rests
 * (UK_OFCOM's 72 h) as if it had a not-before, so it waits and wakes like one.
 */
export function withAbandonRest(candidate: DialableRecipient, restMs: number | null | undefined): DialableRecipient {
  if (!restMs || !candidate.lastAbandonedAt) return candidate;
  const until = candidate.lastAbandonedAt.getTime() + restMs;
  if (candidate.notBefore && candidate.notBefore.getTime() >= until) return candidate;
  return { ...candidate, notBefore: new Date(until) };
}

export function candidateGate(rules: GateRules, now: Date): CandidateGate {
  const window = windowOf(rules);
  const windowed = hasWindow(window);
  const openByZones = new Map<string, boolean>();
  const opensByZones = new Map<string, Date | null>();
  const openNow = (zones: RecipientZones): boolean => {
    if (!windowed) return true;
    const key = zonesKey(zones);
    let open = openByZones.get(key);
    if (open === undefined) {
      open = isWindowOpen(window, now, zones);
      openByZones.set(key, open);
    }
    return open;
  };
  const opensAt = (zones: RecipientZones, at: Date): Date | null => {
    if (!windowed) return at;
    const key = `${zonesKey(zones)}|${at.getTime()}`;
    if (opensByZones.has(key)) return opensByZones.get(key) ?? null;
    const value = nextWindowOpen(window, at, zones);
    opensByZones.set(key, value);
    return value;
  };
  return {
    window,
    openNow,
    opensAt,
    judge(candidate) {
      const gate = withAbandonRest(candidate, rules.abandonRestMs);
      const zones = zonesOf(candidate.timeZone, candidate.numberZones);
      let reason = whyNotDialable(gate, now, null);
      if (reason === null && !openNow(zones)) reason = 'OUTSIDE_HOURS';
      const noNumbers = reason === null && !pickNumber(candidate.numbers, candidate.numberCursor);
      return { gate, zones, reason, noNumbers, rested: gate !== candidate };
    },
    dialableAt(verdict) {
      return nextDialableAt(verdict.gate, now, null, undefined, windowed ? (at) => opensAt(verdict.zones, at) : undefined);
    },
  };
}
