import { CallOutcome } from '../call/call-outcome';

/**
 * The wallboard's figures, defined once for the dialer's live board (dialer/live-feed.ts) and
 * for the boards read from the database (reports/wallboard-now.ts, reports/wallboard-history.ts).
 */

/** Calls per minute counts calls that ended in this window. */
export const RATE_WINDOW_MS = 60_000;
/** The answer rate is answered / ended over this window. */
export const ANSWER_WINDOW_MS = 5 * 60_000;

/** Seconds until `remaining` recipients are called at `callsPerMinute`; 0 when none remain, null when nothing is called. */
export function etaSeconds(remaining: number, callsPerMinute: number): number | null {
  if (remaining === 0) return 0;
  if (callsPerMinute === 0) return null;
  return Math.round((remaining / callsPerMinute) * 60);
}

/** Answered / ended (0..1); null before any call ended. */
export function answerRate(answered: number, ended: number): number | null {
  return ended > 0 ? answered / ended : null;
}

/** The outcomes a board counts over ANSWER_WINDOW_MS, by its field (issue 17). */
export const COUNTED_OUTCOMES = { abandonedCalls: CallOutcome.ABANDONED, confirmedCalls: CallOutcome.CONFIRMED } as const;

export type OutcomeCounts = Record<keyof typeof COUNTED_OUTCOMES, number>;

/** The board field an ended attempt's outcome counts in, if any. */
export function countedField(outcome: string): keyof OutcomeCounts | null {
  for (const [field, o] of Object.entries(COUNTED_OUTCOMES)) if (o === outcome) return field as keyof OutcomeCounts;
  return null;
}

export function noOutcomes(): OutcomeCounts {
  return { abandonedCalls: 0, confirmedCalls: 0 };
}
