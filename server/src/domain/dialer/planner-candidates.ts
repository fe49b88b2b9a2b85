import { pickNumber } from '../numbers/number-rotation';
import { RecipientState } from '../recipient/recipient-state';
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
import { memoNextOpenAt } from './memo-next-open';

export { memoNextOpenAt };

/** A campaign's candidates sorted into what can be dialed now and what is waiting. */
export interface CandidateSurvey {
  /** Dialable now, in the claim query's order, each recipient once. */
  dialable: PlannerCandidate[];
  /** Past expire-at or not-after but not yet EXPIRED in the database. */
  toExpire: string[];
  /** Dialable but every number is stopped. */
  toStop: string[];
  /** Some candidate waits for a retry, callback or not-before time. */
  waiting: boolean;
  /** Some candidate is outside its calling window. */
  outsideHours: boolean;
  /** The earliest time a waiting candidate becomes dialable (or expires), if any. */
  wakeAt: number | null;
}

const WAITING: ReadonlySet<NotDialableReason> = new Set(['NOT_YET', 'RETRY_WAIT', 'CALLBACK_PENDING']);

/** The calling window of a campaign: its calendar narrowing its profile's hours. */
export function windowOf(campaign: Pick<PlannerCampaign, 'calendar' | 'callingHours'>): CallingWindow {
  return { calendar: campaign.calendar, hours: campaign.callingHours ?? null };
}

/**
 * The candidate as the gate should see it: a recipient whose last call was abandoned rests
 * (UK_OFCOM's 72 h) as if it had a not-before, so it waits and wakes like one.
 */
function withAbandonRest(candidate: PlannerCandidate, restMs: number | null | undefined): DialableRecipient {
  if (!restMs || !candidate.lastAbandonedAt) return candidate;
  const until = candidate.lastAbandonedAt.getTime() + restMs;
  if (candidate.notBefore && candidate.notBefore.getTime() >= until) return candidate;
  return { ...candidate, notBefore: new Date(until) };
}

/**
 * Runs every candidate through the dialable gate once per tick. Keeping this apart from
 * slot allocation means limits never change what counts as dialable, and the run state can
 * say *why* a campaign is idle. Calling hours are read per zone set (the recipient's own
 * zone, else every zone of its numbers), once per set per tick: most candidates share a few.
 */
export function surveyCandidates(campaign: PlannerCampaign, now: Date): CandidateSurvey {
  const survey: CandidateSurvey = { dialable: [], toExpire: [], toStop: [], waiting: false, outsideHours: false, wakeAt: null };
  const window = windowOf(campaign);
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
  const opensFor = (zones: RecipientZones) => (at: Date) => {
    const key = `${zonesKey(zones)}|${at.getTime()}`;
    if (opensByZones.has(key)) return opensByZones.get(key) ?? null;
    const value = nextWindowOpen(window, at, zones);
    opensByZones.set(key, value);
    return value;
  };
  const seen = new Set<string>();
  for (const candidate of campaign.candidates) {
    if (seen.has(candidate.recipientId)) continue;
    seen.add(candidate.recipientId);
    const gate = withAbandonRest(candidate, campaign.abandonRestMs);
    const zones = zonesOf(candidate.timeZone, candidate.numberZones);
    let reason = whyNotDialable(gate, now, null);
    if (reason === null && !openNow(zones)) reason = 'OUTSIDE_HOURS';
    if (reason === null) {
      if (pickNumber(candidate.numbers, candidate.numberCursor)) survey.dialable.push(candidate);
      else survey.toStop.push(candidate.recipientId);
      continue;
    }
    // Past its window for good (expire-at or not-after): EXPIRED at once, a final state.
    if ((reason === 'EXPIRED' || reason === 'WINDOW_CLOSED') && candidate.state !== RecipientState.EXPIRED) {
      survey.toExpire.push(candidate.recipientId);
    }
    const waiting = WAITING.has(reason);
    if (!waiting && reason !== 'OUTSIDE_HOURS') continue;
    if (waiting) survey.waiting = true;
    else survey.outsideHours = true;
    const at = nextDialableAt(gate, now, null, undefined, windowed ? opensFor(zones) : undefined);
    const deadline = Math.min(candidate.expireAt?.getTime() ?? Infinity, candidate.notAfter?.getTime() ?? Infinity);
    // A recipient that will never be dialable again still wakes the campaign when it expires.
    const wake = at ? at.getTime() : Number.isFinite(deadline) ? deadline : null;
    if (wake !== null && (survey.wakeAt === null || wake < survey.wakeAt)) survey.wakeAt = wake;
  }
  return survey;
}
