import type { Calendar } from '../calendar/calendar';
import { isOpen, nextOpenAt } from '../calendar/calendar-hours';
import { RecipientState } from './recipient-state';
import { isFinalRecipientState } from './recipient-transitions';
import { firstTimeGate } from './time-gates';

/** The recipient fields that decide whether it may be dialed now (a subset of the entity). */
export interface DialableRecipient {
  state: RecipientState;
  /** IANA zone; the calendar is read here when set. */
  timeZone?: string | null;
  /** Zones derived from its numbers; calling hours are read in every one of them when timeZone is unset. */
  numberZones?: readonly string[] | null;
  /** When its last call was abandoned (no agent in time), if its last outcome was ABANDONED. */
  lastAbandonedAt?: Date | null;
  /** Do not dial before this instant. */
  notBefore?: Date | null;
  /** Do not dial at or after this instant (the recipient stays, unlike expireAt). */
  notAfter?: Date | null;
  /** At or after this instant the recipient expires (MEMBER_EXPIRED). */
  expireAt?: Date | null;
  /** When a retry (or a result's "next after N s") becomes due. */
  nextAttemptAt?: Date | null;
  /** A booked callback (state SCHEDULED). */
  callbackAt?: Date | null;
  /** Every one of its numbers matched a DNC list that applies (checked by the caller's query). */
  dnc?: boolean;
}

/** Why a recipient may not be dialed right now; null from whyNotDialable means "dial". */
export type NotDialableReason =
  /** CONTACTED, FAILED or STOPPED: only a user action brings it back. */
  | 'FINAL'
  /** A call or an agent reservation is in progress: never dial twice at once. */
  | 'IN_PROGRESS'
  | 'DNC'
  | 'EXPIRED'
  /** Before its notBefore. */
  | 'NOT_YET'
  /** At or after its notAfter. */
  | 'WINDOW_CLOSED'
  /** Its retry time has not come. */
  | 'RETRY_WAIT'
  /** Its callback time has not come (or none was set). */
  | 'CALLBACK_PENDING'
  /** The campaign calendar is closed in the recipient's zone. */
  | 'OUTSIDE_HOURS';

const IN_PROGRESS: ReadonlySet<RecipientState> = new Set([RecipientState.DIALING, RecipientState.IN_CALL, RecipientState.WAITING_AGENT]);

/**
 * The one gate every dial passes: why `recipient` may not be dialed at `now`, or null.
 * Cheap checks come first and the calendar last. A null calendar means "always open".
 * RETRY_WAIT and SCHEDULED recipients whose time has come are dialable even if the move back
 * to READY has not been written yet, so a late tick never delays a due call.
 */
export function whyNotDialable(recipient: DialableRecipient, now: Date, calendar: Calendar | null): NotDialableReason | null {
  const { state } = recipient;
  if (state === RecipientState.DNC) return 'DNC';
  if (state === RecipientState.EXPIRED) return 'EXPIRED';
  if (isFinalRecipientState(state)) return 'FINAL';
  if (IN_PROGRESS.has(state)) return 'IN_PROGRESS';
  if (recipient.dnc) return 'DNC';
  // Deadlines, not-before, callback and retry times: one list shared with the claim SQL (time-gates.ts).
  const gate = firstTimeGate(recipient, now);
  if (gate) return gate.reason;
  if (calendar && !isOpen(calendar, now, recipient.timeZone)) return 'OUTSIDE_HOURS';
  return null;
}

/**
 * When the recipient will next be dialable if nothing else changes, or null if never
 * without an outside event (final, in a call, DNC, expired, waiting for a callback time).
 * The dialer sleeps until the earliest of these instead of polling. `openAt` lets the
 * planner pass a memoised nextOpenAt (many recipients share a zone).
 */
export function nextDialableAt(
  recipient: DialableRecipient,
  now: Date,
  calendar: Calendar | null,
  openAt: typeof nextOpenAt = nextOpenAt,
  opens?: (at: Date) => Date | null,
): Date | null {
  // `opens` (the planner's calling window: profile hours and calendar in every zone) replaces the calendar.
  const reason = whyNotDialable(recipient, now, opens ? null : calendar);
  if (reason === null && !opens) return now;
  if (reason !== null && reason !== 'NOT_YET' && reason !== 'RETRY_WAIT' && reason !== 'CALLBACK_PENDING' && reason !== 'OUTSIDE_HOURS') {
    return null;
  }
  if (recipient.state === RecipientState.SCHEDULED && recipient.callbackAt == null) return null;

  let t = now.getTime();
  const later = (d: Date | null | undefined) => {
    if (d != null) t = Math.max(t, d.getTime());
  };
  later(recipient.notBefore);
  if (recipient.state === RecipientState.SCHEDULED) later(recipient.callbackAt);
  else later(recipient.nextAttemptAt);

  let at: Date | null = new Date(t);
  if (opens) at = opens(at);
  else if (calendar) at = openAt(calendar, at, recipient.timeZone);
  if (at === null) return null;
  const deadline = Math.min(recipient.expireAt?.getTime() ?? Infinity, recipient.notAfter?.getTime() ?? Infinity);
  return at.getTime() < deadline ? at : null;
}
