import type { Client } from 'pg';
import { DuplicateMode, type DncMode } from './import-types';
import { checkStagedRows } from './stage-checks';

export interface MoveCounts {
  imported: number;
  merged: number;
  flaggedDnc: number;
}

/**
 * Moves the staged rows into a campaign inside the caller's transaction. Ids were taken from
 * the sequence as the rows were copied, so list order (= id order for the dialer) is the
 * file's order and the inserts need no ORDER BY; phones keep their explicit priorities;
 * the unique (campaign_id, number) constraint still guards against a concurrent import.
 */
export async function moveToCampaign(
  client: Client, campaignId: string, tenantId: string, onDuplicate: DuplicateMode, onDnc: DncMode, firstChunk: boolean,
): Promise<MoveCounts> {
  await checkStagedRows(client, {
    label: 'campaign',
    // LIMIT keeps the lateral from being flattened into a hash join: one index probe per number.
    existingJoin: 'cross join lateral (select rp.recipient_id as owner_id from recipient_phone rp where rp.campaign_id = $1 and rp.number = sp.number limit 1) e',
    params: [campaignId],
  }, tenantId, onDuplicate, onDnc, firstChunk);
  if (onDuplicate === DuplicateMode.MERGE) {
    await client.query(`update campaign_recipient cr set
        name = coalesce(nullif(s.name, ''), cr.name), fields = cr.fields || (select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(s.fields) where value <> '""'::jsonb),
        tags = array(select distinct t from unnest(cr.tags || s.tags) t), updated_at = now()
      from stage_existing x join import_stage s on s.row_no = x.row_no
      where cr.id = x.owner_id`);
  }
  // Ids were drawn in file order as the rows were copied (STAGE_CAMPAIGN_IDS).
  const inserted = await client.query(`insert into campaign_recipient (id, campaign_id, external_id, name, state, priority, time_zone,
      expire_at, not_before, not_after, callback_at, callback_extension, fields, original_line, tags, attempts, extra_attempts,
      next_number_index, created_at, updated_at)
    select rid, $1, external_id, name,
      (case when dnc then 'DNC' when callback_at is not null then 'SCHEDULED' else 'READY' end)::recipient_state,
      priority, time_zone, expire_at, not_before, not_after, callback_at, callback_extension, fields, original_line, tags,
      0, 0, 0, now(), now()
    from import_stage where code is null`, [campaignId]);
  await client.query('insert into import_ids (rid, row_no) select rid, row_no from import_stage where code is null');
  await client.query(`insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
    select s.rid, $1, p.number, p.prio, false from import_stage s, unnest(s.phones, s.prios) as p(number, prio) where s.code is null`, [campaignId]);
  const counts = await client.query<{ dnc: number; merged: number }>(
    "select (count(*) filter (where code is null and dnc))::int as dnc, (count(*) filter (where code = 'MERGED'))::int as merged from import_stage",
  );
  return { imported: inserted.rowCount ?? 0, merged: counts.rows[0]!.merged, flaggedDnc: counts.rows[0]!.dnc };
}
