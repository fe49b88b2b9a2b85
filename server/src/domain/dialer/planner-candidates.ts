import type { Calendar } from '../calendar/calendar';
import { isOpen, nextOpenAt } from '../calendar/calendar-hours';
import { pickNumber } from '../numbers/number-rotation';
import { RecipientState } from '../recipient/recipient-state';
import { nextDialableAt, whyNotDialable, type NotDialableReason } from '../recipient/dialable';
import type { PlannerCampaign, PlannerCandidate } from './planner-types';

/** A campaign's candidates sorted into what can be dialed now and what is waiting. */
export interface CandidateSurvey {
  /** Dialable now, in the claim query's order, each recipient once. */
  dialable: PlannerCandidate[];
  /** Past expire-at but not yet EXPIRED in the database. */
  toExpire: string[];
  /** Dialable but every number is stopped. */
  toStop: string[];
  /** Some candidate waits for a retry, callback or not-before time. */
  waiting: boolean;
  /** Some candidate is outside its calling window. */
  outsideHours: boolean;
  /** The earliest time a waiting candidate becomes dialable, if any. */
  wakeAt: number | null;
}

const WAITING: ReadonlySet<NotDialableReason> = new Set(['NOT_YET', 'RETRY_WAIT', 'CALLBACK_PENDING']);

/** nextOpenAt memoised per tick: most candidates share a few zones and the same instant. */
export function memoNextOpenAt(): typeof nextOpenAt {
  const caches = new WeakMap<Calendar, Map<string, Date | null>>();
  return (calendar: Calendar, instant: Date, zone?: string | null) => {
    let cache = caches.get(calendar);
    if (!cache) {
      cache = new Map();
      caches.set(calendar, cache);
    }
    const key = `${zone ?? ''}|${instant.getTime()}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    const value = nextOpenAt(calendar, instant, zone);
    cache.set(key, value);
    return value;
  };
}

/**
 * Runs every candidate through the dialable gate once per tick. Keeping this apart from
 * slot allocation means limits never change what counts as dialable, and the run state can
 * say *why* a campaign is idle.
 */
export function surveyCandidates(campaign: PlannerCampaign, now: Date): CandidateSurvey {
  const survey: CandidateSurvey = { dialable: [], toExpire: [], toStop: [], waiting: false, outsideHours: false, wakeAt: null };
  const calendar = campaign.calendar;
  const openAt = calendar ? memoNextOpenAt() : nextOpenAt;
  // The calendar is whyNotDialable's last check and depends only on the zone at one instant,
  // so it is asked once per zone instead of once per candidate.
  const openByZone = new Map<string, boolean>();
  const openNow = (zone: string | null | undefined): boolean => {
    if (!calendar) return true;
    const key = zone ?? '';
    let open = openByZone.get(key);
    if (open === undefined) {
      open = isOpen(calendar, now, zone);
      openByZone.set(key, open);
    }
    return open;
  };
  const seen = new Set<string>();
  for (const candidate of campaign.candidates) {
    if (seen.has(candidate.recipientId)) continue;
    seen.add(candidate.recipientId);
    let reason = whyNotDialable(candidate, now, null);
    if (reason === null && !openNow(candidate.timeZone)) reason = 'OUTSIDE_HOURS';
    if (reason === null) {
      if (pickNumber(candidate.numbers, candidate.numberCursor)) survey.dialable.push(candidate);
      else survey.toStop.push(candidate.recipientId);
      continue;
    }
    if (reason === 'EXPIRED' && candidate.state !== RecipientState.EXPIRED) survey.toExpire.push(candidate.recipientId);
    const waiting = WAITING.has(reason);
    if (!waiting && reason !== 'OUTSIDE_HOURS') continue;
    if (waiting) survey.waiting = true;
    else survey.outsideHours = true;
    const at = nextDialableAt(candidate, now, campaign.calendar, openAt);
    if (at && (survey.wakeAt === null || at.getTime() < survey.wakeAt)) survey.wakeAt = at.getTime();
  }
  return survey;
}
