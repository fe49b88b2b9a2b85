import type { Calendar } from '../calendar/calendar';
import { isValidTimeZone } from '../calendar/calendar';
import { isOpen, nextOpenAt } from '../calendar/calendar-hours';
import { hoursCalendar, type DailyHours } from './calling-hours';

/**
 * When a campaign may call a recipient: the profile's daily hours AND the campaign's calendar,
 * both read in the recipient's zones. The calendar can only narrow the profile's hours, never
 * widen them. A recipient with several zones (a number whose range spans zones) is open only
 * when every zone is.
 */
export interface CallingWindow {
  calendar: Calendar | null;
  hours: DailyHours | null;
}

/** Null stands for "zone unknown": read in the calendar's zone, else in UTC. */
export type RecipientZones = ReadonlyArray<string | null>;

const UNKNOWN: RecipientZones = [null];

/** The recipient's own zone when valid, else the zones derived from its numbers, else unknown. */
export function zonesOf(timeZone: string | null | undefined, numberZones: readonly string[] | null | undefined): RecipientZones {
  if (timeZone && isValidTimeZone(timeZone)) return [timeZone];
  const derived = (numberZones ?? []).filter(isValidTimeZone);
  return derived.length > 0 ? derived : UNKNOWN;
}

/** A stable key for memoising per zone set. */
export const zonesKey = (zones: RecipientZones): string => zones.map((z) => z ?? '').join(',');

function constraints(window: CallingWindow, zones: RecipientZones): Array<{ calendar: Calendar; zone: string | null }> {
  const out: Array<{ calendar: Calendar; zone: string | null }> = [];
  for (const zone of zones) {
    if (window.calendar) out.push({ calendar: window.calendar, zone });
    if (window.hours) out.push({ calendar: hoursCalendar(window.hours, zone ?? window.calendar?.timeZone ?? 'UTC'), zone });
  }
  return out;
}

export function hasWindow(window: CallingWindow): boolean {
  return window.calendar !== null || window.hours !== null;
}

/** True when every zone of the recipient is inside the profile's hours and the calendar. */
export function isWindowOpen(window: CallingWindow, now: Date, zones: RecipientZones): boolean {
  return constraints(window, zones).every((c) => isOpen(c.calendar, now, c.zone));
}

/**
 * The first instant at or after `from` when the window is open in every zone, or null when it
 * never opens again. Each constraint's next opening is taken in turn until none moves the
 * instant (zones whose hours never overlap give up after a bounded number of rounds).
 */
export function nextWindowOpen(window: CallingWindow, from: Date, zones: RecipientZones): Date | null {
  const list = constraints(window, zones);
  let t = from;
  for (let round = 0; round < 50; round++) {
    let moved = false;
    for (const c of list) {
      const next = nextOpenAt(c.calendar, t, c.zone);
      if (next === null) return null;
      if (next.getTime() !== t.getTime()) {
        t = next;
        moved = true;
      }
    }
    if (!moved) return t;
  }
  return null;
}
