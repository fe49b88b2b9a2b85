/** What the calendar commands take (the GraphQL input classes implement these). */

/** One window of a weekday (ISO: 1 = Monday), HH:mm local time; 24:00 = midnight. */
export interface OpenHoursData {
  day: number;
  start: string;
  end: string;
}

/** A holiday (closed) or a special-hours date, YYYY-MM-DD local. */
export interface CalendarExceptionData {
  date: string;
  closed: boolean;
  start?: string | null;
  end?: string | null;
}

/** Lists replace the stored ones; null clears validFrom/validUntil. */
export interface CalendarFieldsData {
  openHours?: OpenHoursData[] | null;
  exceptions?: CalendarExceptionData[] | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface CreateCalendarData extends CalendarFieldsData {
  name: string;
  timeZone: string;
}

export interface UpdateCalendarData extends CalendarFieldsData {
  name?: string | null;
  timeZone?: string | null;
}
