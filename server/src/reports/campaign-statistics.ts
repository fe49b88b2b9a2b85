import type { EntityManager } from '@mikro-orm/postgresql';
import { FINAL_RECIPIENT_STATES } from '../domain/recipient/recipient-figures';
import type { RecipientState } from '../domain/recipient/recipient-state';
import { readTally } from './campaign-tally';

/** One bucket of a grouping: its key, how many recipients, and their share in percent. */
export interface StatBucket {
  key: string;
  count: number;
  percent: number;
}

export interface CampaignStats {
  recipients: number;
  /** Recipients in a final state (domain/recipient/recipient-figures.ts). */
  finalRecipients: number;
  /** Recipients in an open state, calls in progress included. */
  openRecipients: number;
  /** Recipients without any tag (byTag counts each tag, so its shares need not sum to 100). */
  untagged: number;
  byState: StatBucket[];
  byLastOutcome: StatBucket[];
  byAttempts: StatBucket[];
  byTag: StatBucket[];
  /** The sum of recipients' counted attempts (what byAttempts groups by). */
  countedAttempts: number;
  /** Every call placed (call_attempt rows): counted or not, ended or in progress. */
  callsPlaced: number;
  /** Same as callsPlaced; the old name. */
  attempts: number;
  answered: number;
  abandoned: number;
  answeredPercent: number;
  abandonedPercent: number;
  averageTalkSeconds: number;
  totalTalkSeconds: number;
}

/** Two decimals; 0 when there is nothing to divide by (an empty campaign is not NaN%). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 10000) / whole) / 100 : 0;
}

/** Recipients that were never given a last outcome appear under this key. */
export const NOT_CALLED = 'NOT_CALLED';

// Ties by key in code-point order, so the order does not depend on the server's locale.
const byCount = (a: StatBucket, b: StatBucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Statistics over the given campaigns, read from their tallies (reports/campaign-tally.ts):
 * counters kept by triggers in the transaction of every change, so the cost is the number of
 * changes since the last compaction, not the number of recipients or calls. Each figure has
 * the one meaning recipient-figures.ts gives it.
 */
export async function campaignStatistics(em: EntityManager, campaignIds: string[]): Promise<CampaignStats> {
  const tally = await readTally(em, campaignIds);
  const total = (figure: string) => tally.find((t) => t.figure === figure && t.key === '')?.n ?? 0;
  const recipients = total('recipients');
  const bucket = (key: string, n: number): StatBucket => ({ key, count: n, percent: percent(n, recipients) });
  const of = (figure: string) => tally.filter((t) => t.figure === figure).map((t) => bucket(t.key, t.n));
  const byState = of('state').sort(byCount);
  const finalRecipients = byState
    .filter((b) => FINAL_RECIPIENT_STATES.includes(b.key as RecipientState))
    .reduce((sum, b) => sum + b.count, 0);
  const callsPlaced = total('calls');
  const answered = total('answered');
  const abandoned = total('abandoned');
  const talked = total('talked');
  const talkSeconds = total('talk_seconds');
  return {
    recipients,
    finalRecipients,
    openRecipients: recipients - finalRecipients,
    untagged: total('untagged'),
    byState,
    byLastOutcome: of('outcome').sort(byCount),
    byAttempts: of('attempts').sort((x, y) => Number(x.key) - Number(y.key)),
    byTag: of('tag').sort(byCount),
    countedAttempts: total('counted_attempts'),
    callsPlaced,
    attempts: callsPlaced,
    answered,
    abandoned,
    answeredPercent: percent(answered, callsPlaced),
    abandonedPercent: percent(abandoned, answered),
    averageTalkSeconds: talked === 0 ? 0 : Math.round((talkSeconds * 100) / talked) / 100,
    totalTalkSeconds: talkSeconds,
  };
}
