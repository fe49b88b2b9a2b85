import { CallOutcome } from './call-outcome';

/**
 * How far an answered call handed to a mod_callcenter queue (queue-watch, or a QUEUE destination)
 * got towards an agent: answered but not in the queue (yet), in the queue, taken by an agent, sent
 * away by the queue's wait limit (`timeout`) or for want of agents (`empty`), refused by Pacer
 * because the queue held its `maxWaiting` (`full`), or no such queue on the switch (`invalid`).
 */
export type QueueStage = 'not-joined' | 'joined' | 'answered' | 'timeout' | 'empty' | 'full' | 'invalid';

/** The reason the switch port gives when the callcenter app ended without the call ever joining. */
export const QUEUE_NOT_FOUND = 'QUEUE_NOT_FOUND';

/**
 * The stage a queue's cc_cancel_reason (or the tracker's QUEUE_NOT_FOUND) moves a call to, or null
 * when it says the caller left on their own (BREAK_OUT, EXIT_WITH_KEY: still QUEUE_JOIN).
 */
export function queueLeftStage(reason: string): QueueStage | null {
  switch (reason) {
    case 'TIMEOUT':
      return 'timeout';
    case 'NO_AGENT_TIMEOUT':
      return 'empty';
    case QUEUE_NOT_FOUND:
      return 'invalid';
    default:
      return null;
  }
}

/**
 * The outcome of an answered call that Pacer hands to a queue instead of its own agents. Taken
 * by an agent is QUEUE_ANSWER (success); the queue's time limit is QUEUE_TIMEOUT; no agents is
 * QUEUE_EMPTY; no room is QUEUE_FULL; no such queue is QUEUE_INVALID; in the queue but gone
 * before an agent took it is QUEUE_JOIN; never reached the queue (hung up during the greeting,
 * transfer refused) is ABANDONED, like any answered call nobody took. Machines and
 * faxes keep their own outcome: the recipient was not reached whatever the queue did.
 */
export function queueOutcome(outcome: CallOutcome, stage: QueueStage | null | undefined): CallOutcome {
  if (!stage || outcome !== CallOutcome.ANSWERED) return outcome;
  switch (stage) {
    case 'not-joined':
      return CallOutcome.ABANDONED;
    case 'joined':
      return CallOutcome.QUEUE_JOIN;
    case 'answered':
      return CallOutcome.QUEUE_ANSWER;
    case 'timeout':
      return CallOutcome.QUEUE_TIMEOUT;
    case 'empty':
      return CallOutcome.QUEUE_EMPTY;
    case 'full':
      return CallOutcome.QUEUE_FULL;
    case 'invalid':
      return CallOutcome.QUEUE_INVALID;
  }
}
