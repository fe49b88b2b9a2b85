import { CallOutcome } from './call-outcome';

/**
 * The confirmations a call's campaign asked for and what is on record for them
 * (call_attempt.answer_confirmed_at / listen_confirmed_at). Read from the database when the
 * call ends, so a call whose key was pressed under one leader and that ended under another is
 * judged the same way.
 */
export interface ConfirmationRecord {
  /** The campaign's script has a CONFIRM_ANSWER step. */
  answerAsked: boolean;
  /** The campaign's script has a CONFIRM_LISTEN step. */
  listenAsked: boolean;
  answerConfirmed: boolean;
  listenConfirmed: boolean;
}

/**
 * What the confirmations make of an answered call: every key asked for on record -> CONFIRMED;
 * one missing -> UNCONFIRMED (the cause policy decides what follows; default RETRY). A call
 * lost after answer becomes CONFIRMED only when everything was keyed (otherwise we do not know
 * why, and ANSWERED_LOST says so). Other outcomes (machine, fax, queue stages…) are left alone,
 * as is any call of a campaign that asked for nothing.
 */
export function confirmationOutcome(outcome: CallOutcome, c: ConfirmationRecord | null | undefined): CallOutcome {
  if (!c || (!c.answerAsked && !c.listenAsked)) return outcome;
  const all = (!c.answerAsked || c.answerConfirmed) && (!c.listenAsked || c.listenConfirmed);
  if (outcome === CallOutcome.ANSWERED) return all ? CallOutcome.CONFIRMED : CallOutcome.UNCONFIRMED;
  if (outcome === CallOutcome.ANSWERED_LOST && all) return CallOutcome.CONFIRMED;
  return outcome;
}
