import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array';
import { rows } from '../dialer/sql-rows';

/** One figure of the campaign_tally (Migration20261214130000): a total when `key` is ''. */
export interface TallyRow {
  figure: string;
  key: string;
  n: number;
}

/** A figure whose tally differed from a full recount, before the recount repaired it. */
export interface TallyDrift {
  campaignId: string;
  figure: string;
  key: string;
  tallied: number;
  actual: number;
}

/**
 * The campaigns' figures summed from their tally rows: an index range on campaign_id whose
 * size is the number of changes since the last compaction, not the number of recipients.
 */
export async function readTally(em: EntityManager, campaignIds: readonly string[]): Promise<TallyRow[]> {
  if (campaignIds.length === 0) return [];
  const got = await rows<{ figure: string; key: string; n: string }>(
    em,
    `select figure, key, sum(n)::text n from campaign_tally where campaign_id = any(?::uuid[]) group by figure, key having sum(n) <> 0`,
    [sqlArray(campaignIds)],
  );
  return got.map((r) => ({ figure: r.figure, key: r.key, n: Number(r.n) }));
}

/** Each campaign's recipients by state, from the tally (the live counters). */
export async function tallyByState(em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  if (campaignIds.length === 0) return out;
  const got = await rows<{ campaign_id: string; key: string; n: string }>(
    em,
    `select campaign_id, key, sum(n)::text n from campaign_tally where campaign_id = any(?::uuid[]) and figure = 'state'
      group by campaign_id, key having sum(n) <> 0`,
    [sqlArray(campaignIds)],
  );
  for (const r of got) {
    const m = out.get(r.campaign_id) ?? new Map<string, number>();
    m.set(r.key, Number(r.n));
    out.set(r.campaign_id, m);
  }
  return out;
}

/**
 * Rebuilds a campaign's tally from its recipients and calls in one statement (one snapshot, so a
 * writer committing meanwhile keeps its own delta) and returns what had drifted: nothing, unless
 * a writer bypassed the triggers (a restore, `session_replication_role = replica`, a TRUNCATE).
 */
export async function recountTally(em: EntityManager, campaignId: string): Promise<TallyDrift[]> {
  const got = await rows<{ figure: string; key: string; tallied: string; actual: string }>(
    em,
    'select figure, key, tallied::text, actual::text from campaign_tally_recount(?::uuid)',
    [campaignId],
  );
  return got.map((r) => ({ campaignId, figure: r.figure, key: r.key, tallied: Number(r.tallied), actual: Number(r.actual) }));
}

/** Folds a campaign's delta rows into one row per figure (safe beside concurrent writers). */
export async function compactTally(em: EntityManager, campaignId: string): Promise<void> {
  await em.execute('select campaign_tally_compact(?::uuid)', [campaignId]);
}

/**
 * Periodic upkeep (the dialer's housekeeping): compacts campaigns with more than `maxRows`
 * delta rows, so reading a campaign's figures stays a short index range.
 */
export async function compactBusyTallies(em: EntityManager, maxRows = 500): Promise<number> {
  const busy = await rows<{ campaign_id: string }>(em, 'select campaign_id from campaign_tally group by campaign_id having count(*) > ?', [
    maxRows,
  ]);
  for (const b of busy) await compactTally(em, b.campaign_id);
  return busy.length;
}
