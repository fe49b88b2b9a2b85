import { RecipientState as S } from './recipient-state';
import { IN_CALL_RECIPIENT_STATES } from './recipient-figures';

export { isFinalRecipientState } from './recipient-figures';

/** Everything the dialer, a call result or a person can do to one recipient. */
export enum RecipientAction {
  /** The dialer claimed it and is originating (ready, due retry, due callback, reserved agent). */
  CLAIM = 'CLAIM',
  /** Progressive/preview: an agent was reserved or offered the recipient before dialing. */
  RESERVE_AGENT = 'RESERVE_AGENT',
  /** The reservation was dropped or the preview skipped: back in the pool. */
  RELEASE = 'RELEASE',
  /** The callee answered. */
  ANSWER = 'ANSWER',
  /** Call ended, policy SUCCESS. */
  CALL_SUCCEEDED = 'CALL_SUCCEEDED',
  /** Call ended, policy RETRY with attempts left. */
  CALL_RETRY = 'CALL_RETRY',
  /** Call ended, policy FAIL or attempts exhausted. */
  CALL_FAILED = 'CALL_FAILED',
  /** Call ended, policy NEUTRAL (or the call was lost in a crash): ready again, nothing counted. */
  CALL_NEUTRAL = 'CALL_NEUTRAL',
  /** A result said "stop": no more attempts for this recipient. */
  CALL_STOPPED = 'CALL_STOPPED',
  /** An agent or integrator booked a callback. */
  SCHEDULE_CALLBACK = 'SCHEDULE_CALLBACK',
  /** The retry wait or the callback time has come. */
  DUE = 'DUE',
  /** A user stopped further attempts. */
  STOP = 'STOP',
  /** A user wants a contacted (or stopped) recipient called again. */
  REACTIVATE = 'REACTIVATE',
  /** "Add attempts": a failed recipient gets more tries. */
  ADD_ATTEMPTS = 'ADD_ATTEMPTS',
  /** Its expire-at passed before it was reached. */
  EXPIRE = 'EXPIRE',
  /** One of its numbers is on a DNC list. */
  SUPPRESS_DNC = 'SUPPRESS_DNC',
  /** The DNC entry was removed. */
  RELEASE_DNC = 'RELEASE_DNC',
}

/** States a recipient waits in before a call: the ones users may stop, expire or suppress. */
const WAITING: readonly S[] = [S.READY, S.RETRY_WAIT, S.SCHEDULED, S.WAITING_AGENT];
/** States with a call in progress: only the call's end may move them (never a user). */
const CALLING: readonly S[] = IN_CALL_RECIPIENT_STATES;

const to = (from: readonly S[], target: S): ReadonlyArray<readonly [S, S]> => from.map((f) => [f, target] as const);

/**
 * The one table of allowed moves (product.md "Recipient states"). A recipient in a call is
 * never stopped, expired or suppressed mid-call; the call's result decides, and the user's
 * action is applied afterwards. Final states leave only through an explicit user action.
 */
const TABLE: Readonly<Record<RecipientAction, ReadonlyArray<readonly [S, S]>>> = {
  [RecipientAction.CLAIM]: to([S.READY, S.RETRY_WAIT, S.SCHEDULED, S.WAITING_AGENT], S.DIALING),
  [RecipientAction.RESERVE_AGENT]: to([S.READY, S.RETRY_WAIT, S.SCHEDULED], S.WAITING_AGENT),
  [RecipientAction.RELEASE]: to([S.WAITING_AGENT], S.READY),
  [RecipientAction.ANSWER]: to([S.DIALING], S.IN_CALL),
  [RecipientAction.CALL_SUCCEEDED]: to(CALLING, S.CONTACTED),
  [RecipientAction.CALL_RETRY]: to(CALLING, S.RETRY_WAIT),
  [RecipientAction.CALL_FAILED]: to(CALLING, S.FAILED),
  [RecipientAction.CALL_NEUTRAL]: to(CALLING, S.READY),
  [RecipientAction.CALL_STOPPED]: to(CALLING, S.STOPPED),
  [RecipientAction.SCHEDULE_CALLBACK]: to([S.READY, S.RETRY_WAIT, S.SCHEDULED, S.IN_CALL, S.CONTACTED, S.FAILED], S.SCHEDULED),
  [RecipientAction.DUE]: to([S.RETRY_WAIT, S.SCHEDULED], S.READY),
  [RecipientAction.STOP]: to(WAITING, S.STOPPED),
  [RecipientAction.REACTIVATE]: to([S.CONTACTED, S.STOPPED], S.READY),
  [RecipientAction.ADD_ATTEMPTS]: to([S.FAILED], S.READY),
  [RecipientAction.EXPIRE]: to(WAITING, S.EXPIRED),
  [RecipientAction.SUPPRESS_DNC]: to([...WAITING, S.FAILED, S.STOPPED], S.DNC),
  [RecipientAction.RELEASE_DNC]: to([S.DNC], S.READY),
};

/** The state after `action`, or null when the move is not allowed from `from`. */
export function nextRecipientState(from: S, action: RecipientAction): S | null {
  const hit = TABLE[action].find(([f]) => f === from);
  return hit ? hit[1] : null;
}

/** The states the action may start from, for error messages ("allowed from: …"). */
export function recipientActionAllowedFrom(action: RecipientAction): S[] {
  return TABLE[action].map(([f]) => f);
}

/** True when some action moves `from` to `to`; lets the runner check a result-driven move. */
export function canMoveRecipient(from: S, target: S): boolean {
  return Object.values(TABLE).some((edges) => edges.some(([f, t]) => f === from && t === target));
}

/** A call is in progress: the recipient must not be claimed again (never dialed twice at once). */
export function isInCallState(state: S): boolean {
  return IN_CALL_RECIPIENT_STATES.includes(state);
}
