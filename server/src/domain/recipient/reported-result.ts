import { z } from 'zod';
import type { RotatableNumber } from '../numbers/number-rotation';
import { MAX_RETRY_WAIT_SECONDS, effectiveMaxAttempts } from './attempt-result';
import { RecipientState } from './recipient-state';
import { isFinalRecipientState } from './recipient-transitions';

/**
 * A result reported by an agent or a CRM (Webitel's result API: success, reset_retries,
 * next_after_sec, next_communication, stop_communications, comment) plus a callback time.
 */
export const reportedResultSchema = z
  .object({
    success: z.boolean().optional(),
    resetRetries: z.boolean().optional(),
    nextAfterSeconds: z.number().int().min(0).max(MAX_RETRY_WAIT_SECONDS).optional(),
    nextNumber: z.boolean().optional(),
    /** Numbers (as stored on the recipient) that must not be dialed again. */
    stopNumbers: z.array(z.string().min(1)).max(50).optional(),
    comment: z.string().max(4000).optional(),
    disposition: z.string().max(200).optional(),
    callbackAt: z.coerce.date().optional(),
  })
  .refine((r) => !(r.success === true && r.callbackAt), {
    message: 'a successful result cannot also book a callback',
    path: ['callbackAt'],
  });

export type ReportedResult = z.infer<typeof reportedResultSchema>;

/** The recipient and campaign facts the result is applied to. */
export interface ReportedResultInput {
  state: RecipientState;
  /** Attempts counted so far. */
  attempts: number;
  extraAttempts?: number;
  numberCursor: number;
  numbers: readonly RotatableNumber[];
  maxAttempts: number | null | undefined;
  retryWaitSeconds: number;
  /** True in "wait for result" mode: this result decides the attempt just made, so it counts. */
  decidesAttempt: boolean;
  now: Date;
}

/** What to write back. */
export interface ReportedResultChange {
  /**
   * False when the result only annotates (notes, number move, stopped numbers): then write
   * only numberCursor and stopNumberIndexes, and leave state and times as they are.
   */
  stateChanged: boolean;
  state: RecipientState;
  attempts: number;
  nextAttemptAt: Date | null;
  callbackAt: Date | null;
  numberCursor: number;
  /** Indexes into `numbers` to mark stopped. */
  stopNumberIndexes: number[];
}

/** Why a result was refused; the API returns it as a CONFLICT with this reason. */
export type ReportedResultError = 'RECIPIENT_FINAL' | 'CALLBACK_IN_PAST';

const LOCKED: ReadonlySet<RecipientState> = new Set([RecipientState.DNC, RecipientState.EXPIRED]);

/**
 * Applies a reported result. Precedence: callback (SCHEDULED), success (CONTACTED), all
 * numbers stopped (STOPPED), then retry or failure by the attempt count. A result with only
 * notes, a number move or stopped numbers never re-arms a recipient (it stops a waiting one
 * whose last number was stopped). DNC and EXPIRED recipients may only
 * be annotated: a CRM must never re-arm a suppressed number.
 */
export function applyReportedResult(
  input: ReportedResultInput,
  result: ReportedResult,
): { ok: true; change: ReportedResultChange } | { ok: false; reason: ReportedResultError } {
  const stopNumberIndexes = result.stopNumbers
    ? input.numbers.flatMap((n, i) => (!n.stopped && result.stopNumbers?.includes(n.number) ? [i] : []))
    : [];
  let attempts = result.resetRetries ? 0 : Math.max(0, Math.floor(input.attempts));
  if (input.decidesAttempt) attempts += 1;
  const numberCursor = input.numberCursor + (result.nextNumber ? 1 : 0);
  const base = { stateChanged: true, attempts, numberCursor, stopNumberIndexes, nextAttemptAt: null, callbackAt: null };

  const stopped = new Set(stopNumberIndexes);
  const anyLeft = input.numbers.some((n, i) => !n.stopped && !stopped.has(i));
  const changesState =
    result.callbackAt !== undefined ||
    result.success !== undefined ||
    result.resetRetries === true ||
    result.nextAfterSeconds !== undefined ||
    input.decidesAttempt;
  if (!changesState) {
    // Stopping numbers alone never re-arms a recipient; it stops it only when none is left.
    const stopNow = stopNumberIndexes.length > 0 && !anyLeft && !isFinalRecipientState(input.state);
    const state = stopNow ? RecipientState.STOPPED : input.state;
    return { ok: true, change: { ...base, stateChanged: stopNow, attempts: input.attempts, state } };
  }
  if (LOCKED.has(input.state)) return { ok: false, reason: 'RECIPIENT_FINAL' };

  if (result.callbackAt) {
    if (result.callbackAt.getTime() < input.now.getTime()) return { ok: false, reason: 'CALLBACK_IN_PAST' };
    return { ok: true, change: { ...base, state: RecipientState.SCHEDULED, callbackAt: result.callbackAt } };
  }
  if (result.success === true) return { ok: true, change: { ...base, state: RecipientState.CONTACTED } };

  if (!anyLeft) return { ok: true, change: { ...base, state: RecipientState.STOPPED } };

  const limit = effectiveMaxAttempts(input.maxAttempts) + Math.max(0, Math.floor(input.extraAttempts ?? 0));
  if (attempts >= limit) return { ok: true, change: { ...base, state: RecipientState.FAILED } };
  const wait = Math.min(Math.max(0, result.nextAfterSeconds ?? input.retryWaitSeconds), MAX_RETRY_WAIT_SECONDS);
  return {
    ok: true,
    change: { ...base, state: RecipientState.RETRY_WAIT, nextAttemptAt: new Date(input.now.getTime() + wait * 1000) },
  };
}
