import { DateTime } from 'luxon';
import { isValidTimeZone, windowsForDate, type Calendar } from './calendar';

/** How far ahead nextOpenAt looks: a year and a bit covers any weekly pattern plus holidays. */
const SEARCH_DAYS = 400;

/** The zone the calling window is read in: the recipient's when known and valid. */
export function effectiveZone(calendar: Calendar, recipientTimeZone?: string | null): string {
  if (recipientTimeZone && isValidTimeZone(recipientTimeZone)) return recipientTimeZone;
  return calendar.timeZone;
}

/** [from, until) in epoch ms of the validity period, read in the calendar's own zone. */
function validity(calendar: Calendar): { from: number; until: number } {
  const zone = calendar.timeZone;
  const from = calendar.validFrom ? DateTime.fromISO(calendar.validFrom, { zone }).startOf('day').toMillis() : Number.NEGATIVE_INFINITY;
  const until = calendar.validUntil
    ? DateTime.fromISO(calendar.validUntil, { zone }).startOf('day').plus({ days: 1 }).toMillis()
    : Number.POSITIVE_INFINITY;
  return { from, until };
}

function openAtLocal(calendar: Calendar, local: DateTime): boolean {
  const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60000;
  const windows = windowsForDate(calendar, local.toISODate() ?? '', local.weekday);
  return windows.some((w) => w.start <= minute && minute < w.end);
}

/**
 * True when `instant` is inside the calling window: within validity, and inside the hours of
 * its local date (holidays and special hours first) in the recipient's zone when known.
 * Wall-clock comparison, so DST days simply have a shorter or longer window.
 */
export function isOpen(calendar: Calendar, instant: Date, recipientTimeZone?: string | null): boolean {
  const ms = instant.getTime();
  const { from, until } = validity(calendar);
  if (ms < from || ms >= until) return false;
  const local = DateTime.fromMillis(ms, { zone: effectiveZone(calendar, recipientTimeZone) });
  return openAtLocal(calendar, local);
}

/**
 * The instants at which the local wall clock first reads `minute` on `day`: two on a
 * fall-back overlap, one normally, and on a spring-forward gap the moment the clock jumps
 * past it. Luxon does the zone math; we only pick among its answers.
 */
function instantsAtWallTime(day: DateTime, minute: number): DateTime[] {
  if (minute >= 24 * 60) return [day.plus({ days: 1 }).startOf('day')];
  const wanted = day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
  const exact = wanted.getPossibleOffsets().filter((d) => d.hour * 60 + d.minute === minute && d.day === day.day);
  if (exact.length > 0) return exact.sort((a, b) => a.toMillis() - b.toMillis());
  // In a gap luxon moves forward by the gap; walk back to the first instant of the new offset.
  let t = wanted;
  for (let i = 0; i < 24 * 60; i++) {
    const prev = t.minus({ minutes: 1 });
    const prevMinute = prev.hour * 60 + prev.minute;
    if (prev.day !== day.day || prevMinute < minute) break;
    t = prev;
  }
  return [t];
}

/**
 * The first instant at or after `instant` when the calendar is open, or null when it never
 * opens again (validity ended, no hours within a year). The runner uses it as a wake-up time
 * and the console shows it as "dials again at".
 */
export function nextOpenAt(calendar: Calendar, instant: Date, recipientTimeZone?: string | null): Date | null {
  const { from, until } = validity(calendar);
  const startMs = Math.max(instant.getTime(), from);
  if (startMs >= until) return null;
  const start = new Date(startMs);
  if (isOpen(calendar, start, recipientTimeZone)) return start;

  const zone = effectiveZone(calendar, recipientTimeZone);
  const firstDay = DateTime.fromMillis(startMs, { zone }).startOf('day');
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const day = firstDay.plus({ days: i });
    if (day.toMillis() >= until) return null;
    const windows = windowsForDate(calendar, day.toISODate() ?? '', day.weekday);
    for (const w of windows) {
      for (const candidate of instantsAtWallTime(day, w.start)) {
        const ms = candidate.toMillis();
        if (ms < startMs || ms >= until) continue;
        const at = new Date(ms);
        if (isOpen(calendar, at, recipientTimeZone)) return at;
      }
    }
  }
  return null;
}

/**
 * True once the calendar's validity has passed for good (`validUntil`, read in its own zone,
 * is over): a campaign on it can never dial again, so it ends instead of waiting forever.
 */
export function calendarEnded(calendar: Calendar, instant: Date): boolean {
  return instant.getTime() >= validity(calendar).until;
}
