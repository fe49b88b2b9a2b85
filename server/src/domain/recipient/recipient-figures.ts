import { RecipientState as S } from './recipient-state';

/**
 * The one definition of which recipient states are final and which are open (issue 19):
 * the completion check, the live counters, `campaignStatistics`, the detailed report and its
 * CSV export all read these lists, so no page shows a state as final that the dialer still
 * works on.
 *
 * - Final: never dialed again without a person's action (reactivate, add attempts, DNC removal).
 * - Open: the dialer still owes it something: a first call, a retry, a callback, an agent, or
 *   the end of the call in progress (DIALING, IN_CALL).
 */
export const FINAL_RECIPIENT_STATES: readonly S[] = [S.CONTACTED, S.FAILED, S.STOPPED, S.EXPIRED, S.DNC];
export const OPEN_RECIPIENT_STATES: readonly S[] = [S.READY, S.DIALING, S.IN_CALL, S.RETRY_WAIT, S.WAITING_AGENT, S.SCHEDULED];
/** A call is in progress: only its end moves the recipient. */
export const IN_CALL_RECIPIENT_STATES: readonly S[] = [S.DIALING, S.IN_CALL];
/** Final but not reached: a campaign ending with any of these is INCOMPLETE rather than COMPLETED. */
export const UNREACHED_RECIPIENT_STATES: readonly S[] = [S.FAILED, S.EXPIRED];

const FINAL: ReadonlySet<S> = new Set(FINAL_RECIPIENT_STATES);

/** Final recipients are never dialed again without a user action. */
export function isFinalRecipientState(state: S): boolean {
  return FINAL.has(state);
}

/*
 * The figures every report shares, each with one meaning (kept by the campaign_tally triggers,
 * read by reports/campaign-tally.ts, described in the GraphQL schema):
 * - recipients: rows of the campaign, whatever their state.
 * - countedAttempts: the sum of recipients' `attempts`, the attempts that count against
 *   maxAttempts (a NEUTRAL call or one lost in a crash is not counted); `byAttempts` groups
 *   recipients by this same number, and the detailed report's `attempts` is this number.
 * - callsPlaced: every call_attempt row (counted or not, ended or still in progress).
 * - answered / abandoned / talk: over the calls placed (answered_at set; abandoned among those).
 */
