import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * One weekday window in local wall-clock time. `end` is exclusive and may be `24:00`;
 * a window across midnight is written as two (`22:00-24:00` and `00:00-02:00`), so every
 * window belongs to exactly one date and holidays cut cleanly.
 */
export interface OpenHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  day: number;
  start: string;
  end: string;
}

/**
 * A date that differs from the week: `closed` all day, or open only `start`-`end`. Several
 * entries for the same date add windows; one closed entry closes the whole date.
 */
export interface CalendarException {
  /** Local date, `yyyy-MM-dd`. */
  date: string;
  closed: boolean;
  start?: string;
  end?: string;
}

/** When a campaign may dial (Webitel's calendar: time zone, weekday hours, holidays, validity). */
export interface Calendar {
  /** IANA zone, e.g. Europe/Berlin; hours apply here unless the recipient has a zone. */
  timeZone: string;
  openHours: readonly OpenHours[];
  exceptions: readonly CalendarException[];
  /** First local date (calendar zone) the calendar applies, inclusive. */
  validFrom?: string | null;
  /** Last local date (calendar zone) the calendar applies, inclusive. */
  validUntil?: string | null;
}

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes after local midnight for `HH:mm` (`24:00` = 1440), or null if malformed. */
export function parseTimeOfDay(value: string): number | null {
  const m = TIME.exec(value);
  if (!m) return null;
  if (value === '24:00') return 24 * 60;
  return Number(m[1]) * 60 + Number(m[2]);
}

const zoneValidity = new Map<string, boolean>();

/**
 * True for a zone name luxon (and so the runtime's tz database) knows. Memoised: luxon builds
 * an Intl formatter per check, and the planner asks for every candidate on every tick.
 */
export function isValidTimeZone(zone: string): boolean {
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  const valid = IANAZone.isValidZone(zone);
  if (zoneValidity.size > 1000) zoneValidity.clear();
  zoneValidity.set(zone, valid);
  return valid;
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

const timeSchema = z.string().regex(TIME, 'time must be HH:mm (00:00-24:00)');
const dateSchema = z.string().refine(isIsoDate, 'date must be a real yyyy-MM-dd date');

/** A weekday window with start before end. */
export const openHoursSchema = z
  .object({ day: z.number().int().min(1).max(7), start: timeSchema, end: timeSchema })
  .refine((h) => (parseTimeOfDay(h.start) ?? 0) < (parseTimeOfDay(h.end) ?? 0), {
    message: 'start must be before end (split windows across midnight)',
    path: ['end'],
  });

/** A holiday (closed) or a special-hours date. */
export const calendarExceptionSchema = z
  .object({ date: dateSchema, closed: z.boolean(), start: timeSchema.optional(), end: timeSchema.optional() })
  .superRefine((e, ctx) => {
    if (e.closed) return;
    if (e.start === undefined || e.end === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'special hours need start and end', path: ['start'] });
      return;
    }
    if ((parseTimeOfDay(e.start) ?? 0) >= (parseTimeOfDay(e.end) ?? 0)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'start must be before end', path: ['end'] });
    }
  });

/** API/entity input for a calendar; errors name the field a person has to fix. */
export const calendarSchema = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone'),
    openHours: z.array(openHoursSchema).max(100),
    exceptions: z.array(calendarExceptionSchema).max(1000).default([]),
    validFrom: dateSchema.nullish(),
    validUntil: dateSchema.nullish(),
  })
  .refine((c) => !c.validFrom || !c.validUntil || c.validFrom <= c.validUntil, {
    message: 'validFrom must not be after validUntil',
    path: ['validUntil'],
  });

/** A window in minutes after local midnight, end exclusive. */
export interface MinuteWindow {
  start: number;
  end: number;
}

/**
 * The windows open on one local date: the exceptions for that date if any (none when one of
 * them is closed), else the weekday's hours. Sorted by start.
 */
export function windowsForDate(calendar: Calendar, isoDate: string, weekday: number): MinuteWindow[] {
  const exceptions = calendar.exceptions.filter((e) => e.date === isoDate);
  const source: ReadonlyArray<{ start?: string; end?: string }> =
    exceptions.length > 0 ? (exceptions.some((e) => e.closed) ? [] : exceptions) : calendar.openHours.filter((h) => h.day === weekday);
  const out: MinuteWindow[] = [];
  for (const w of source) {
    const start = parseTimeOfDay(w.start ?? '');
    const end = parseTimeOfDay(w.end ?? '');
    if (start === null || end === null || start >= end) continue;
    out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
