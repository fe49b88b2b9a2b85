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

interface GroupRow { g_state: number; g_attempts: number; g_outcome: number; state: string | null; attempts: number | null; last_outcome: string | null; n: number; untagged: number }
interface TagRow { tag: string; n: number }
interface AttemptRow { attempts: number; answered: number; abandoned: number; avg_talk: string | null; total_talk: string | null }

/** Recipients that were never given a last outcome appear under this key. */
export const NOT_CALLED = 'NOT_CALLED';

/**
 * Statistics over the given campaigns, all in PostgreSQL: one pass over the recipients with
 * GROUPING SETS (state, attempts, last outcome, total), one for tags, one over the attempts.
 * The three run concurrently on separate pool connections. Only the few group rows reach JS.
 */
export async function campaignStatistics(em: EntityManager, campaignIds: string[]): Promise<CampaignStats> {
  const ids = sqlArray(campaignIds);
  const conn = em.getConnection();
  const [groups, tags, attemptRows] = await Promise.all([
    conn.execute<GroupRow[]>(
      `select grouping(state)::int g_state, grouping(attempts)::int g_attempts, grouping(last_outcome)::int g_outcome,
              state::text, attempts, last_outcome::text, count(*)::int n,
              (count(*) filter (where cardinality(tags) = 0))::int untagged
         from campaign_recipient where campaign_id = any(?::uuid[])
        group by grouping sets ((state), (attempts), (last_outcome), ())`, [ids]),
    conn.execute<TagRow[]>(
      `select t.tag, count(*)::int n from campaign_recipient r cross join lateral unnest(r.tags) as t(tag)
        where r.campaign_id = any(?::uuid[]) group by t.tag order by n desc, t.tag collate "C"`, [ids]),
    conn.execute<AttemptRow[]>(
      `select count(*)::int attempts, count(answered_at)::int answered, (count(*) filter (where abandoned))::int abandoned,
              avg(bill_seconds) filter (where answered_at is not null) avg_talk,
              sum(bill_seconds) filter (where answered_at is not null) total_talk
         from call_attempt where campaign_id = any(?::uuid[])`, [ids]),
  ]);
  const total = groups.find((g) => g.g_state && g.g_attempts && g.g_outcome);
  const recipients = total?.n ?? 0;
  const bucket = (key: string, n: number): StatBucket => ({ key, count: n, percent: percent(n, recipients) });
  // Ties by key in code-point order, so the order does not depend on the server's locale.
  const byCount = (a: StatBucket, b: StatBucket) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const a = attemptRows[0] ?? { attempts: 0, answered: 0, abandoned: 0, avg_talk: null, total_talk: null };
  return {
    recipients,
    untagged: total?.untagged ?? 0,
    byState: groups.filter((g) => !g.g_state && g.g_attempts).map((g) => bucket(String(g.state), g.n)).sort(byCount),
    byLastOutcome: groups.filter((g) => !g.g_outcome && g.g_state).map((g) => bucket(g.last_outcome ?? NOT_CALLED, g.n)).sort(byCount),
    byAttempts: groups.filter((g) => !g.g_attempts && g.g_state)
      .sort((x, y) => Number(x.attempts) - Number(y.attempts)).map((g) => bucket(String(g.attempts), g.n)),
    byTag: tags.map((t) => bucket(t.tag, t.n)),
    attempts: a.attempts,
    answered: a.answered,
    abandoned: a.abandoned,
    answeredPercent: percent(a.answered, a.attempts),
    abandonedPercent: percent(a.abandoned, a.answered),
    averageTalkSeconds: a.avg_talk === null ? 0 : Math.round(Number(a.avg_talk) * 100) / 100,
    totalTalkSeconds: a.total_talk === null ? 0 : Number(a.total_talk),
  };
}
