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

/** One line: the reason with its time, zone or limit. */
export function waitingText(w: WaitingLike): string {
  const until = w.until ? ` until ${formatDateTime(w.until)}` : '';
  switch (w.reason) {
    case 'OUTSIDE_HOURS':
      return `Outside calling hours${w.zone ? ` in ${w.zone}` : ''}${w.until ? ` until ${formatDateTime(w.until)}` : ' (they do not open again)'}`;
    case 'CALLBACK':
      return `Callback at ${formatDateTime(w.until)}`;
    case 'LIMIT':
      return w.limit ? runStateText('BLOCKED', w.limit) : 'Held by a limit';
    case 'CAMPAIGN_NOT_RUNNING':
      return w.until ? `Campaign starts ${formatDateTime(w.until)}` : 'The campaign is not running';
    default:
      return `${WAITING_LABELS[w.reason]}${until}`;
  }
}
