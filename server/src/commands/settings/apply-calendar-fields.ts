import { DateTime, IANAZone } from 'luxon';
import { parseTimeOfDay } from '../../domain/calendar/calendar';
import type { Calendar, CalendarException, OpenHours } from '../../entities/calendar.entity';
import type { CalendarExceptionData, CalendarFieldsData, OpenHoursData } from './calendar-data';
import { badInput } from '../../errors/app-error';

/**
 * Writes calendar fields after the checks that span fields (start before end, validFrom not
 * after validUntil, a real zone and real dates). Input formats are checked by the input
 * classes already; each error here names the exact element to fix, e.g. `openHours[2].end`.
 */
export function applyCalendarFields(calendar: Calendar, input: CalendarFieldsData & { timeZone?: string | null }): void {
  if (input.timeZone != null) {
    const zone = input.timeZone.trim();
    if (!IANAZone.isValidZone(zone))
      throw badInput('timeZone', `"${zone}" is not an IANA time zone (e.g. Europe/Berlin, America/New_York)`);
    calendar.timeZone = zone;
  }
  if (input.openHours != null) calendar.openHours = input.openHours.map(toOpenHours);
  if (input.exceptions != null) calendar.exceptions = input.exceptions.map(toException);
  if (input.validFrom !== undefined) calendar.validFrom = input.validFrom === null ? undefined : realDate(input.validFrom, 'validFrom');
  if (input.validUntil !== undefined)
    calendar.validUntil = input.validUntil === null ? undefined : realDate(input.validUntil, 'validUntil');
  if (calendar.validFrom && calendar.validUntil && calendar.validFrom > calendar.validUntil) {
    throw badInput('validUntil', `${calendar.validUntil} is before validFrom ${calendar.validFrom}`);
  }
}

function realDate(value: string, field: string): string {
  if (!DateTime.fromISO(value, { zone: 'UTC' }).isValid) throw badInput(field, `${value} is not a real date`);
  return value;
}

function checkWindow(start: string, end: string, field: string): void {
  // Formats were validated by the input class, so both parse.
  if ((parseTimeOfDay(start) ?? 0) >= (parseTimeOfDay(end) ?? 0)) {
    throw badInput(
      `${field}.end`,
      `${end} is not after start ${start} (split a window across midnight in two: 22:00-24:00 and 00:00-02:00)`,
    );
  }
}

function toOpenHours(h: OpenHoursData, i: number): OpenHours {
  checkWindow(h.start, h.end, `openHours[${i}]`);
  return { day: h.day, start: h.start, end: h.end };
}

function toException(e: CalendarExceptionData, i: number): CalendarException {
  const field = `exceptions[${i}]`;
  realDate(e.date, `${field}.date`);
  if (e.closed) return { date: e.date, closed: true };
  if (e.start === undefined || e.start === null) throw badInput(`${field}.start`, 'special hours need start and end (or set closed: true)');
  if (e.end === undefined || e.end === null) throw badInput(`${field}.end`, 'special hours need start and end (or set closed: true)');
  checkWindow(e.start, e.end, field);
  return { date: e.date, closed: false, start: e.start, end: e.end };
}
