import type { Calendar } from '../calendar/calendar';
import { ComplianceProfile } from './compliance-profile';

/**
 * Calling hours, in the recipient's local time.
 *
 * US_TSR: 16 CFR 310.4(c) — no outbound telephone call "before 8:00 a.m. or after 9:00 p.m.
 * local time at the called person's location". UK_OFCOM: the Ofcom statement sets no hours
 * (the campaign's calendar alone decides). NONE: no hours.
 */
export interface DailyHours {
  /** `HH:mm`, inclusive. */
  start: string;
  /** `HH:mm`, exclusive. */
  end: string;
}

export const CALLING_HOURS: Readonly<Record<ComplianceProfile, DailyHours | null>> = {
  [ComplianceProfile.US_TSR]: { start: '08:00', end: '21:00' },
  [ComplianceProfile.UK_OFCOM]: null,
  [ComplianceProfile.NONE]: null,
};

export const CALLING_HOURS_SOURCE = '16 CFR 310.4(c)';

/** The profile's hours as a calendar read in `zone` (every day, no holidays). */
export function hoursCalendar(hours: DailyHours, zone: string): Calendar {
  const openHours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: hours.start, end: hours.end }));
  return { timeZone: zone, openHours, exceptions: [] };
}
