import { CallOutcome } from './call-outcome';
import { classifyHangup } from './hangup-causes';
import type { QueueStage } from './queue-outcome';

/**
 * An answered call sent on to a dialplan extension (a campaign's EXTENSION destination, a
 * callback's extension): `sent` until the extension's `bridge` reports, then `answered` (the
 * second leg picked up, CHANNEL_BRIDGE) or the cause its originate failed with
 * (`originate_disposition`: USER_BUSY, NO_ANSWER, ORIGINATOR_CANCEL…).
 */
export type ExtensionLeg = 'sent' | 'answered' | { failed: string };

/** An answered call in an IVR: its `ivr` app began, or ended with the call still up. */
export type IvrStage = 'started' | 'finished';

/**
 * Where an answered call went, as kept on its open attempt (`call_attempt.destination_stage`),
 * so a leader that re-attaches it after a takeover judges its end the same way. A type, not an
 * interface: it is stored as JSON (sql-rows.ts `asJson`).
 */
export type DestinationStage = {
  extension?: ExtensionLeg;
  ivr?: IvrStage;
  queue?: QueueStage;
};

/**
 * The second leg's result, as FreeSWITCH's DIALSTATUS names it (switch_ivr_originate.c): ANSWER,
 * BUSY, NOANSWER, CANCEL, CONGESTION, and CHANUNAVAIL for anything that never rang (not
 * registered, no route, bad number). A phone that declines (CALL_REJECTED) counts as busy.
 */
function secondLeg(cause: string): CallOutcome {
  switch (classifyHangup({ cause, q850: null, sipStatus: null, answered: false, billSeconds: 0, amdResult: null })) {
    case CallOutcome.BUSY:
    case CallOutcome.REJECTED:
      return CallOutcome.IN_BUSY;
    case CallOutcome.NO_ANSWER:
      return CallOutcome.IN_NOANSWER;
    case CallOutcome.CANCEL:
      return CallOutcome.IN_CANCEL;
    case CallOutcome.CONGESTION:
      return CallOutcome.IN_CONGESTION;
    default:
      return CallOutcome.IN_CHANUNAVAIL;
  }
}

/**
 * The outcome of an answered call by where it went last: an IVR it entered is IVR_STARTED, or
 * IVR_FINISHED once its menu ended; an extension whose bridge reported is IN_<DIALSTATUS>. An
 * extension that never bridged (it played a message, took voicemail) leaves ANSWERED. Machines
 * and faxes keep their own outcome, as do calls that were not answered.
 */
export function destinationOutcome(
  outcome: CallOutcome,
  leg: ExtensionLeg | null | undefined,
  ivr: IvrStage | null | undefined,
): CallOutcome {
  if (outcome !== CallOutcome.ANSWERED) return outcome;
  if (ivr) return ivr === 'finished' ? CallOutcome.IVR_FINISHED : CallOutcome.IVR_STARTED;
  if (!leg || leg === 'sent') return outcome;
  return leg === 'answered' ? CallOutcome.IN_ANSWER : secondLeg(leg.failed);
}
