import type { RunStateReason, WaitingReason } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { runStateText } from './run-state-text';

/**
 * How the console answers "why is this person not being called?": a short label per waiting
 * reason (the campaign's breakdown) and one line with its time or zone (the recipients table).
 */
export const WAITING_LABELS: Record<WaitingReason, string> = {
  DIALING_NEXT: 'Ready to dial',
  RETRY_WAIT: 'Retry wait',
  CALLBACK: 'Callback booked',
  NOT_BEFORE: 'Not before',
  ABANDON_REST: 'Rest after abandoned call',
  OUTSIDE_HOURS: 'Outside calling hours',
  WAITING_FOR_AGENT: 'Waiting for an agent',
  LIMIT: 'Held by a limit',
  CAMPAIGN_NOT_RUNNING: 'Campaign not running',
  DNC: 'On the DNC list',
  NO_NUMBERS: 'No number left',
  EXPIRING: 'Expiring',
};

export interface WaitingLike {
  reason: WaitingReason;
  until?: string | null;
  zone?: string | null;
  limit?: RunStateReason | null;
}

/** A time close by: the hour alone today, else the day and hour (local time). */
export function shortWhen(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (d.toDateString() === now.toDateString()) return time;
  return `${d.toLocaleDateString(undefined, { month: 'short', day: '2-digit' })} ${time}`;
}

/** One line: the reason with its time, zone or limit; `short` for a table cell. */
export function waitingText(w: WaitingLike, short = false): string {
  const when = (iso: string) => (short ? shortWhen(iso) : formatDateTime(iso));
  const until = w.until ? ` until ${when(w.until)}` : '';
  switch (w.reason) {
    case 'OUTSIDE_HOURS': {
      const zone = w.zone ? (short ? ` (${w.zone})` : ` in ${w.zone}`) : '';
      return `${short ? 'Outside hours' : 'Outside calling hours'}${zone}${w.until ? ` until ${when(w.until)}` : ', not opening again'}`;
    }
    case 'CALLBACK':
      return w.until ? `Callback at ${when(w.until)}` : 'Callback booked';
    case 'LIMIT':
      return short || !w.limit ? 'Held by a limit' : runStateText('BLOCKED', w.limit);
    case 'CAMPAIGN_NOT_RUNNING':
      return w.until ? `Campaign starts ${when(w.until)}` : 'Campaign not running';
    default:
      return `${WAITING_LABELS[w.reason]}${until}`;
  }
}
