import { RecipientState } from '../../domain/recipient/recipient-state';
import type { Verdict } from '../call-end';

/**
 * Wait-for-result mode: a call the agent took is not judged by its hangup. The recipient
 * waits (WAITING_AGENT, attempt count and number cursor as they were) for the agent's result,
 * which decides and counts the attempt; `expireAwaitedResults` fails it after the wrap-up time.
 */
export function awaitResult(v: Verdict, attempts: number, numberCursor: number): Verdict {
  return { ...v, result: { ...v.result, state: RecipientState.WAITING_AGENT, attempts, nextAttemptAt: null }, numberCursor };
}
