import { RecipientState } from '../recipient/recipient-state';
import type { NotDialableReason } from '../recipient/dialable';
import type { PlannerCampaign, PlannerCandidate } from './planner-types';
import { candidateGate, windowOf } from './candidate-gate';
import { memoNextOpenAt } from './memo-next-open';

export { memoNextOpenAt, windowOf };

/** A campaign's candidates sorted into what can be dialed now and what is waiting. */
export interface CandidateSurvey {
  /** Dialable now, in the claim query's order, each recipient once. */
  dialable: PlannerCandidate[];
  /** Past expire-at or not-after but not yet EXPIRED in the database. */
  toExpire: string[];
  /** Dialable but every number is stopped. */
  toStop: string[];
  /** Some candidate waits for a retry, callback or not-before time. */
  waiting: boolean;
  /** Some candidate is outside its calling window. */
  outsideHours: boolean;
  /** The earliest time a waiting candidate becomes dialable (or expires), if any. */
  wakeAt: number | null;
}

const WAITING: ReadonlySet<NotDialableReason> = new Set(['NOT_YET', 'RETRY_WAIT', 'CALLBACK_PENDING']);

/**
 * Runs every candidate through the dialable gate once per tick (candidate-gate.ts, shared with
 * the waiting reasons the API reports). Keeping this apart from slot allocation means limits
 * never change what counts as dialable, and the run state can say *why* a campaign is idle.
 */
export function surveyCandidates(campaign: PlannerCampaign, now: Date): CandidateSurvey {
  const survey: CandidateSurvey = { dialable: [], toExpire: [], toStop: [], waiting: false, outsideHours: false, wakeAt: null };
  const gate = candidateGate(campaign, now);
  const seen = new Set<string>();
  for (const candidate of campaign.candidates) {
    if (seen.has(candidate.recipientId)) continue;
    seen.add(candidate.recipientId);
    const verdict = gate.judge(candidate);
    const { reason } = verdict;
    if (reason === null) {
      if (verdict.noNumbers) survey.toStop.push(candidate.recipientId);
      else survey.dialable.push(candidate);
      continue;
    }
    // Past its window for good (expire-at or not-after): EXPIRED at once, a final state.
    if ((reason === 'EXPIRED' || reason === 'WINDOW_CLOSED') && candidate.state !== RecipientState.EXPIRED) {
      survey.toExpire.push(candidate.recipientId);
    }
    const waiting = WAITING.has(reason);
    if (!waiting && reason !== 'OUTSIDE_HOURS') continue;
    if (waiting) survey.waiting = true;
    else survey.outsideHours = true;
    const at = gate.dialableAt(verdict);
    const deadline = Math.min(candidate.expireAt?.getTime() ?? Infinity, candidate.notAfter?.getTime() ?? Infinity);
    // A recipient that will never be dialable again still wakes the campaign when it expires.
    const wake = at ? at.getTime() : Number.isFinite(deadline) ? deadline : null;
    if (wake !== null && (survey.wakeAt === null || wake < survey.wakeAt)) survey.wakeAt = wake;
  }
  return survey;
}
