import { CauseAction, type CallOutcome } from './call-outcome';
import { DEFAULT_CAUSE_POLICY, decideCauseAction, isInfrastructureCause } from './cause-policy';
import { CAUSE_OUTCOMES, q850Code } from './hangup-causes';

/** One row of the documented default policy: a hangup cause of an unanswered call and its fate. */
export interface CauseTableRow {
  cause: string;
  q850: number | null;
  outcome: CallOutcome;
  action: CauseAction;
}

/** What each default action does to the recipient, in the docs' words. */
export const ACTION_MEANING: Readonly<Record<CauseAction, string>> = Object.freeze({
  [CauseAction.SUCCESS]: 'final: CONTACTED',
  [CauseAction.RETRY]: 'counted; again after retryWaitSeconds, until maxAttempts',
  [CauseAction.FAIL]: 'final: FAILED',
  [CauseAction.NEUTRAL]: 'not counted; again after retryWaitSeconds, FAILED after maxUncountedAttempts in a row',
});

/** An outage of the gateway or the switch is not the recipient's: ready again, bounded by nothing. */
const OUTAGE_MEANING = 'not counted; ready again as soon as the outage is over';

function meaning(r: CauseTableRow): string {
  return r.action === CauseAction.NEUTRAL && isInfrastructureCause(r.cause) ? OUTAGE_MEANING : ACTION_MEANING[r.action];
}

/**
 * The default cause policy as docs/hangup-causes.md shows it, computed from the tables the
 * dialer really uses (hangup-causes.ts, cause-policy.ts), so the document cannot drift: a test
 * compares it row by row and `npm run docs:causes -w server` rewrites it.
 */
export function causeTableRows(): CauseTableRow[] {
  return Object.entries(CAUSE_OUTCOMES)
    .map(([cause, outcome]) => ({
      cause,
      q850: q850Code(cause),
      outcome,
      action: decideCauseAction(DEFAULT_CAUSE_POLICY, { outcome, cause }).action,
    }))
    .sort((a, b) => (a.q850 ?? 1000) - (b.q850 ?? 1000) || (a.cause < b.cause ? -1 : 1));
}

/** The rows as the cells of a Markdown table (header first). */
export function causeTableCells(): string[][] {
  return [
    ['Hangup cause', 'Q.850', 'Outcome', 'Default', 'What happens to the recipient'],
    ...causeTableRows().map((r) => [`\`${r.cause}\``, r.q850 === null ? '—' : String(r.q850), `\`${r.outcome}\``, r.action, meaning(r)]),
  ];
}
