import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array';

/** One bucket of a grouping: its key, how many recipients, and their share in percent. */
export interface StatBucket {
  key: string;
  count: number;
  percent: number;
}

export interface CampaignStats {
  recipients: number;
  /** Recipients without any tag (byTag counts each tag, so its shares need not sum to 100). */
  untagged: number;
  byState: StatBucket[];
  byLastOutcome: StatBucket[];
  byAttempts: StatBucket[];
  byTag: StatBucket[];
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

interface GroupRow {
  kind: 'state' | 'attempts' | 'outcome' | 'tag' | 'total' | 'untagged';
  key: string | null;
  n: number;
}
interface AttemptRow {
  attempts: number;
}
interface AnsweredRow {
  answered: number;
  abandoned: number;
  avg_talk: string | null;
  total_talk: string | null;
}

/** Recipients that were never given a last outcome appear under this key. */
export const NOT_CALLED = 'NOT_CALLED';

/**
 * One pass over the recipients: group by (state, attempts, last outcome, tag set), which has
 * few distinct values, then roll the small result up per dimension. Cheaper than GROUPING
 * SETS (one hash per row instead of three) or a second scan to unnest tags.
 */
const RECIPIENT_GROUPS = `with g as materialized (
    select state, attempts, last_outcome, tags, count(*)::int n from campaign_recipient
     where campaign_id = any(?::uuid[]) group by state, attempts, last_outcome, tags)
  select 'state' kind, state::text key, sum(n)::int n from g group by state
  union all select 'attempts', attempts::text, sum(n)::int from g group by attempts
  union all select 'outcome', last_outcome::text, sum(n)::int from g group by last_outcome
  union all select 'tag', t.tag, sum(n)::int from g cross join lateral unnest(g.tags) as t(tag) group by t.tag
  union all select 'total', null, coalesce(sum(n), 0)::int from g
  union all select 'untagged', null, coalesce(sum(n), 0)::int from g where cardinality(tags) = 0`;

/**
 * Statistics over the given campaigns, all aggregated in PostgreSQL; only the few group rows
 * reach JS (to attach percentages and order them).
 */
export async function campaignStatistics(em: EntityManager, campaignIds: string[]): Promise<CampaignStats> {
  const ids = sqlArray(campaignIds);
  const conn = em.getConnection();
  // Index-only scans for the attempts: all of them on (campaign_id, created_at), the answered
  // ones on the partial call_attempt_answered_idx. The three queries run on separate connections.
  const [groups, attemptRows, answeredRows] = await Promise.all([
    conn.execute<GroupRow[]>(RECIPIENT_GROUPS, [ids]),
    conn.execute<AttemptRow[]>('select count(*)::int attempts from call_attempt where campaign_id = any(?::uuid[])', [ids]),
    conn.execute<AnsweredRow[]>(
      `select count(*)::int answered, (count(*) filter (where abandoned))::int abandoned, avg(bill_seconds) avg_talk, sum(bill_seconds) total_talk
         from call_attempt where campaign_id = any(?::uuid[]) and answered_at is not null`,
      [ids],
    ),
  ]);
  const one = (kind: GroupRow['kind']) => groups.find((g) => g.kind === kind)?.n ?? 0;
  const recipients = one('total');
  const bucket = (key: string, n: number): StatBucket => ({ key, count: n, percent: percent(n, recipients) });
  const of = (kind: GroupRow['kind']) => groups.filter((g) => g.kind === kind);
  // Ties by key in code-point order, so the order does not depend on the server's locale.
  const byCount = (a: StatBucket, b: StatBucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const attempts = attemptRows[0]?.attempts ?? 0;
  const a = answeredRows[0] ?? { answered: 0, abandoned: 0, avg_talk: null, total_talk: null };
  return {
    recipients,
    untagged: one('untagged'),
    byState: of('state')
      .map((g) => bucket(String(g.key), g.n))
      .sort(byCount),
    byLastOutcome: of('outcome')
      .map((g) => bucket(g.key ?? NOT_CALLED, g.n))
      .sort(byCount),
    byAttempts: of('attempts')
      .map((g) => bucket(String(g.key), g.n))
      .sort((x, y) => Number(x.key) - Number(y.key)),
    byTag: of('tag')
      .map((g) => bucket(String(g.key), g.n))
      .sort(byCount),
    attempts,
    answered: a.answered,
    abandoned: a.abandoned,
    answeredPercent: percent(a.answered, attempts),
    abandonedPercent: percent(a.abandoned, a.answered),
    averageTalkSeconds: a.avg_talk === null ? 0 : Math.round(Number(a.avg_talk) * 100) / 100,
    totalTalkSeconds: a.total_talk === null ? 0 : Number(a.total_talk),
  };
}
