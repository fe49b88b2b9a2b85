import { z } from 'zod';
import { CauseAction } from '../call/call-outcome';
import { RecipientState } from './recipient-state';

/** Attempts per recipient when the campaign does not say (Kalliope's default). */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** "Never unlimited": the most attempts a campaign may allow per recipient. */
export const MAX_ATTEMPTS_CAP = 100;
/** Longest wait between retries we accept: a week. */
export const MAX_RETRY_WAIT_SECONDS = 7 * 24 * 3600;

/** Campaign input for max attempts: 1..100, default 5; 0 or "unlimited" is rejected. */
export const maxAttemptsSchema = z.number().int().min(1).max(MAX_ATTEMPTS_CAP).default(DEFAULT_MAX_ATTEMPTS);

/** Campaign input for the wait between retries, in seconds. */
export const retryWaitSecondsSchema = z.number().int().min(0).max(MAX_RETRY_WAIT_SECONDS).default(300);

/**
 * The effective maximum for stored or legacy values: missing → default, below 1 (which some
 * dialers read as "unlimited") → default, above the cap → the cap. A runaway recipient is
 * worse than one attempt too few.
 */
export function effectiveMaxAttempts(maxAttempts: number | null | undefined): number {
  if (maxAttempts == null || !Number.isFinite(maxAttempts) || maxAttempts < 1) return DEFAULT_MAX_ATTEMPTS;
  return Math.min(Math.floor(maxAttempts), MAX_ATTEMPTS_CAP);
}

/** What is known when a recipient's call has ended and the policy has decided. */
export interface AttemptInput {
  /** Attempts that counted before this one. */
  attempts: number;
  /** The campaign's maximum (normalised with {@link effectiveMaxAttempts}). */
  maxAttempts: number | null | undefined;
  /** Extra attempts granted by "add attempts" beyond the campaign maximum. */
  extraAttempts?: number;
  /** The campaign's wait between retries. */
  retryWaitSeconds: number;
  /** Per-result override (the result API's `next_after_sec`). */
  retryAfterSeconds?: number | null;
  action: CauseAction;
  now: Date;
  /**
   * NEUTRAL only: not before this time (a preview skip steps the recipient aside for a while).
   * Set when Pacer itself decided the end (lost call, switch refusal, skip): not the recipient's
   * result, so it is neither bounded nor held for the retry wait.
   */
  holdUntil?: Date | null;
  /** NEUTRAL results of the cause policy in a row before this one. */
  uncountedInARow?: number;
  /** The campaign's bound on them (default 3): the last one FAILS the recipient. */
  maxUncounted?: number;
}

/** Why the recipient ended where it did; shown in history and reports. */
export type AttemptVerdict = 'SUCCESS' | 'RETRY' | 'EXHAUSTED' | 'FATAL' | 'NEUTRAL' | 'NEUTRAL_EXHAUSTED';

/** NEUTRAL results in a row a recipient may have when the campaign does not say. */
export const DEFAULT_MAX_UNCOUNTED = 3;

/** The recipient's next state after an attempt. */
export interface AttemptResult {
  state: RecipientState;
  /** True when this attempt is added to the recipient's count. */
  counted: boolean;
  /** The count after this attempt. */
  attempts: number;
  /** Set for RETRY_WAIT, and for a NEUTRAL end held aside (`holdUntil` or the retry wait). */
  nextAttemptAt: Date | null;
  verdict: AttemptVerdict;
  /** NEUTRAL results of the cause policy in a row after this one (0 after a counted attempt). */
  uncountedInARow: number;
}

/**
 * Applies a policy action to a recipient: SUCCESS → CONTACTED; RETRY → RETRY_WAIT until
 * now + wait, or FAILED once the attempts (plus extra attempts) are used up; FAIL → FAILED at
 * once; NEUTRAL → READY with nothing counted (gateway down, congestion by policy), so the
 * recipient is not punished for trouble that is not theirs — but never at once and never
 * forever: it waits the retry wait, and the campaign's maxUncountedAttempts-th NEUTRAL in a row
 * FAILS it (one congestion number was once dialed 76 times in 15 s). Ends Pacer decided itself
 * (`holdUntil`: lost call, switch refusal, preview skip) keep their own hold and are not bounded.
 */
export function applyAttemptResult(input: AttemptInput): AttemptResult {
  const before = Math.max(0, Math.floor(input.attempts));
  const inARow = Math.max(0, Math.floor(input.uncountedInARow ?? 0));
  if (input.action === CauseAction.NEUTRAL) {
    const base = { counted: false, attempts: before };
    if (input.holdUntil !== undefined && input.holdUntil !== null)
      return { ...base, state: RecipientState.READY, nextAttemptAt: input.holdUntil, verdict: 'NEUTRAL', uncountedInARow: inARow };
    const n = inARow + 1;
    if (n >= Math.max(1, Math.floor(input.maxUncounted ?? DEFAULT_MAX_UNCOUNTED)))
      return { ...base, state: RecipientState.FAILED, nextAttemptAt: null, verdict: 'NEUTRAL_EXHAUSTED', uncountedInARow: n };
    const wait = clampWait(input.retryWaitSeconds);
    return {
      ...base,
      state: RecipientState.READY,
      nextAttemptAt: new Date(input.now.getTime() + wait * 1000),
      verdict: 'NEUTRAL',
      uncountedInARow: n,
    };
  }

  const attempts = before + 1;
  if (input.action === CauseAction.SUCCESS) {
    return { state: RecipientState.CONTACTED, counted: true, attempts, nextAttemptAt: null, verdict: 'SUCCESS', uncountedInARow: 0 };
  }
  if (input.action === CauseAction.FAIL) {
    return { state: RecipientState.FAILED, counted: true, attempts, nextAttemptAt: null, verdict: 'FATAL', uncountedInARow: 0 };
  }

  const limit = effectiveMaxAttempts(input.maxAttempts) + Math.max(0, Math.floor(input.extraAttempts ?? 0));
  if (attempts >= limit) {
    return { state: RecipientState.FAILED, counted: true, attempts, nextAttemptAt: null, verdict: 'EXHAUSTED', uncountedInARow: 0 };
  }

  const wait = clampWait(input.retryAfterSeconds ?? input.retryWaitSeconds);
  return {
    state: RecipientState.RETRY_WAIT,
    counted: true,
    attempts,
    nextAttemptAt: new Date(input.now.getTime() + wait * 1000),
    verdict: 'RETRY',
    uncountedInARow: 0,
  };
}

function clampWait(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) return 0;
  return Math.min(seconds, MAX_RETRY_WAIT_SECONDS);
}
