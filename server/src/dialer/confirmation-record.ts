import type { ConfirmationRecord } from '../domain/call/confirmation';

/** The confirmation columns the outcome writer reads with each open attempt. */
export interface ConfirmationColumns {
  answer_asked: boolean;
  listen_asked: boolean;
  answer_confirmed: boolean;
  listen_confirmed: boolean;
}

/** What is on record for an attempt's confirmation keys (its campaign's script and the attempt's marks). */
export function confirmationOf(o: ConfirmationColumns): ConfirmationRecord {
  return {
    answerAsked: o.answer_asked,
    listenAsked: o.listen_asked,
    answerConfirmed: o.answer_confirmed,
    listenConfirmed: o.listen_confirmed,
  };
}
