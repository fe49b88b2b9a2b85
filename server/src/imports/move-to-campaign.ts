import type { Client } from 'pg';
import { DuplicateMode, type DncMode } from './import-types';
import { campaignNumberFormat, pgRunner, writeNumberZones } from '../numbers/fill-number-zones';
import { checkStagedRows, markDnc, STANDING_NUMBERS } from './stage-checks';

export interface MoveCounts {
  imported: number;
  merged: number;
  flaggedDnc: number;
}

/**
 * Whether a chunk is first moved optimistically: inserted as it stands, inside a savepoint,
 * with the unique (campaign_id, number) index as the duplicate check. Most files hold no
 * duplicates, and then the set-based checks (three passes over every number) are saved. A
 * chunk that does hold one is rolled back to the savepoint and checked the long way; after
 * a second such chunk the file is taken to be one with duplicates and every chunk goes the
 * long way. At most 60 savepoints per import: PostgreSQL tracks 64 subtransactions per
 * transaction cheaply, and more slow other sessions' visibility checks.
 */
export interface OptimisticMoves {
  tried: number;
  missed: number;
  /** Chunks checked the long way so far (the first one gathers statistics). */
  checked: number;
}

const MAX_OPTIMISTIC = 60;
const MAX_MISSES = 2;

/**
 * Moves the staged rows into a campaign inside the caller's transaction. Ids were taken from
 * the sequence as the rows were copied, so list order (= id order for the dialer) is the
 * file's order and the inserts need no ORDER BY; phones keep their explicit priorities;
 * the unique (campaign_id, number) constraint still guards against a concurrent import.
 */
export async function moveToCampaign(
  client: Client,
  campaignId: string,
  tenantId: string,
  onDuplicate: DuplicateMode,
  onDnc: DncMode,
  optimistic: OptimisticMoves,
): Promise<MoveCounts> {
  if (optimistic.tried < MAX_OPTIMISTIC && optimistic.missed < MAX_MISSES) {
    optimistic.tried++;
    await markDnc(client, tenantId, onDnc, STANDING_NUMBERS, campaignId);
    await client.query('savepoint optimistic_move');
    try {
      const moved = await insertStanding(client, campaignId);
      await client.query('release savepoint optimistic_move');
      return moved;
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
      await client.query('rollback to savepoint optimistic_move');
      // The long way marks duplicates first, then DNC: undo the DNC marks to keep that order.
      await client.query("update import_stage set dnc = false, code = null, reason = null, column_name = null where dnc or code = 'DNC'");
      optimistic.missed++;
    }
  }
  await checkStagedRows(
    client,
    {
      label: 'campaign',
      // LIMIT keeps the lateral from being flattened into a hash join: one index probe per number.
      existingJoin:
        'cross join lateral (select rp.recipient_id as owner_id from recipient_phone rp where rp.campaign_id = $1 and rp.number = sp.number limit 1) e',
      params: [campaignId],
      campaignId,
    },
    tenantId,
    onDuplicate,
    onDnc,
    optimistic.checked++ === 0,
  );
  if (onDuplicate === DuplicateMode.MERGE) {
    await client.query(`update campaign_recipient cr set
        name = coalesce(nullif(s.name, ''), cr.name), fields = cr.fields || (select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(s.fields) where value <> '""'::jsonb),
        tags = array(select distinct t from unnest(cr.tags || s.tags) t), updated_at = now()
      from stage_existing x join import_stage s on s.row_no = x.row_no
      where cr.id = x.owner_id`);
  }
  return insertStanding(client, campaignId);
}

/** Inserts the rows still standing (code is null) with their numbers, under the ids drawn at COPY (STAGE_CAMPAIGN_IDS). */
async function insertStanding(client: Client, campaignId: string): Promise<MoveCounts> {
  const inserted = await client.query(
    `insert into campaign_recipient (id, campaign_id, external_id, name, state, priority, time_zone,
      expire_at, not_before, not_after, callback_at, callback_extension, fields, original_line, tags, attempts, extra_attempts,
      next_number_index, created_at, updated_at)
    select rid, $1, external_id, name,
      (case when dnc then 'DNC' when callback_at is not null then 'SCHEDULED' else 'READY' end)::recipient_state,
      priority, time_zone, expire_at, not_before, not_after, callback_at, callback_extension, fields, original_line, tags,
      0, 0, 0, now(), now()
    from import_stage where code is null`,
    [campaignId],
  );
  await client.query('insert into import_ids (rid, row_no) select rid, row_no from import_stage where code is null');
  await client.query(
    `insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
    select s.rid, $1, p.number, p.prio, false from import_stage s, unnest(s.phones, s.prios) as p(number, prio) where s.code is null`,
    [campaignId],
  );
  // Calling hours read the numbers' zones: derived once here, not per dialer tick.
  const standing = await client.query<Record<string, unknown>>('select rid as id, phones as numbers from import_stage where code is null');
  const run = pgRunner(client);
  await writeNumberZones(run, standing.rows, await campaignNumberFormat(run, campaignId));
  const counts = await client.query<{ dnc: number; merged: number }>(
    "select (count(*) filter (where code is null and dnc))::int as dnc, (count(*) filter (where code = 'MERGED'))::int as merged from import_stage",
  );
  return { imported: inserted.rowCount ?? 0, merged: counts.rows[0]!.merged, flaggedDnc: counts.rows[0]!.dnc };
}
