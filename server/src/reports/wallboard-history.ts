import type { EntityManager } from '@mikro-orm/postgresql';
import { ANSWER_WINDOW_MS, RATE_WINDOW_MS, answerRate } from '../domain/live/wallboard-figures';

/** One point of a wallboard's chart. */
export interface WallboardSample {
  at: Date;
  activeCalls: number;
  callsPerMinute: number;
  answerRate: number | null;
}

/** Steps that divide the one-minute and five-minute windows, so each window is whole buckets. */
const STEPS = [5, 10, 15, 20, 30, 60];
const MAX_POINTS = 240;

interface BucketRow {
  k: number;
  started: string;
  ended: string;
  answered: string;
}

/** The step (s) for a span: the finest that keeps the chart at most 240 points. */
export function historyStepSeconds(minutes: number): number {
  return STEPS.find((s) => (minutes * 60) / s <= MAX_POINTS) ?? 60;
}

/**
 * The last `minutes` of a wallboard's series (one campaign, or the tenant when `campaignId` is
 * null), rebuilt from the attempts, so a chart opens full after a reload or a restart and
 * whatever the campaign's status. One pass over the span's attempts, counted per bucket in SQL:
 * calls in flight at each point are those in flight at the start plus starts minus ends since;
 * calls per minute and the answer rate are sums of the buckets inside their windows.
 */
export async function loadWallboardHistory(
  em: EntityManager,
  tenantId: string,
  campaignId: string | null,
  minutes: number,
  now: Date,
): Promise<WallboardSample[]> {
  const step = historyStepSeconds(minutes);
  const end = Math.floor(now.getTime() / (step * 1000)) * step * 1000;
  const points = Math.floor((minutes * 60) / step);
  const start = end - points * step * 1000;
  // Buckets from five minutes before the first point, so its answer rate has a whole window.
  const lead = ANSWER_WINDOW_MS / 1000 / step;
  const from = new Date(start - lead * step * 1000);
  const to = new Date(end);
  const conn = em.getConnection();
  const scope = `a.campaign_id in (select id from campaign where tenant_id = ? and (?::uuid is null or id = ?::uuid))`;
  const [first] = await conn.execute<Array<{ n: string }>>(
    `select count(*) as n from call_attempt a where ${scope}
     and a.created_at <= ? and a.created_at > ?::timestamptz - interval '6 hours' and (a.ended_at is null or a.ended_at > ?)`,
    [tenantId, campaignId, campaignId, from, from, from],
  );
  // Bucket k holds (from + (k-1)·step, from + k·step].
  const buckets = await conn.execute<BucketRow[]>(
    `
    with a as (
      select a.created_at, a.ended_at, a.answered_at from call_attempt a where ${scope}
        and a.created_at > ?::timestamptz - interval '6 hours' and a.created_at <= ?
        and (a.ended_at is null or a.ended_at > ?)),
    ev as (
      select ceil(extract(epoch from created_at - ?::timestamptz) / ?)::int as k, 1 as s, 0 as e, 0 as an from a where created_at > ?
      union all
      select ceil(extract(epoch from ended_at - ?::timestamptz) / ?)::int, 0, 1, case when answered_at is not null then 1 else 0 end
      from a where ended_at > ? and ended_at <= ?)
    select k, sum(s) as started, sum(e) as ended, sum(an) as answered from ev group by k order by k`,
    [tenantId, campaignId, campaignId, from, to, from, from, step, from, from, step, from, to],
  );
  const total = lead + points;
  const started = new Array<number>(total + 1).fill(0);
  const ended = new Array<number>(total + 1).fill(0);
  const answered = new Array<number>(total + 1).fill(0);
  for (const b of buckets) {
    if (b.k < 1 || b.k > total) continue;
    started[b.k] = Number(b.started);
    ended[b.k] = Number(b.ended);
    answered[b.k] = Number(b.answered);
  }
  const sum = (xs: number[], k: number, n: number) => xs.slice(Math.max(1, k - n + 1), k + 1).reduce((x, y) => x + y, 0);
  const samples: WallboardSample[] = [];
  let active = Number(first?.n ?? 0);
  for (let k = 1; k <= total; k++) {
    active += (started[k] ?? 0) - (ended[k] ?? 0);
    if (k < lead) continue;
    samples.push({
      at: new Date(from.getTime() + k * step * 1000),
      activeCalls: Math.max(0, active),
      callsPerMinute: sum(ended, k, RATE_WINDOW_MS / 1000 / step),
      answerRate: answerRate(sum(answered, k, lead), sum(ended, k, lead)),
    });
  }
  return samples;
}
