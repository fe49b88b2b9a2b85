// The calendar form's state and its conversions from and to the API's shapes (CalendarsPanel.tsx).
import type { CalendarExceptionInput, CalendarRowFragment } from '@/gql/graphql';

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export interface Day {
  open: boolean;
  start: string;
  end: string;
}
export interface Form {
  name: string;
  timeZone: string;
  validFrom: string;
  validUntil: string;
  days: Day[];
  exceptions: string;
}

export function blank(): Form {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return {
    name: '',
    timeZone: zone,
    validFrom: '',
    validUntil: '',
    exceptions: '',
    days: DAYS.map((_, i) => ({ open: i < 5, start: '09:00', end: '18:00' })),
  };
}

export function fromCalendar(c: CalendarRowFragment): Form {
  return {
    name: c.name,
    timeZone: c.timeZone,
    validFrom: c.validFrom ?? '',
    validUntil: c.validUntil ?? '',
    days: DAYS.map((_, i) => {
      const h = c.openHours.find((o) => o.day === i + 1);
      return h ? { open: true, start: h.start, end: h.end } : { open: false, start: '09:00', end: '18:00' };
    }),
    exceptions: c.exceptions.map((x) => (x.closed ? `${x.date} closed` : `${x.date} ${x.start ?? ''}-${x.end ?? ''}`)).join('\n'),
  };
}

/** "2026-12-25 closed" or "2026-12-24 09:00-13:00", one per line. */
export function parseExceptions(text: string): CalendarExceptionInput[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [date = '', rest = 'closed'] = line.split(/\s+/, 2);
      if (rest === 'closed') return { date, closed: true };
      const [start, end] = rest.split('-');
      return { date, closed: false, start, end };
    });
}

export function hoursText(c: CalendarRowFragment): string {
  return c.openHours.map((o) => `${DAYS[o.day - 1]} ${o.start}–${o.end}`).join(', ') || 'Never open';
}
