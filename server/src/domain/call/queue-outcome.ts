import { CallOutcome } from './call-outcome';

/**
 * How far an answered queue-watch call got towards a mod_callcenter agent: answered but not in
 * the queue (yet), in the queue, taken by an agent, or sent away by the queue's wait limit.
 */
export type QueueStage = 'not-joined' | 'joined' | 'answered' | 'timeout';

/**
 * The outcome of an answered call that Pacer hands to a queue instead of its own agents. Taken
 * by an agent is QUEUE_ANSWER (success); the queue's time limit is QUEUE_TIMEOUT; in the queue
 * but gone before an agent took it is QUEUE_JOIN; never reached the queue (hung up during the
 * greeting, transfer refused) is ABANDONED, like any answered call nobody took. Machines and
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
  }
}
