import type { Client } from 'pg';
import { DuplicateMode, type DncMode } from './import-types';
import { checkStagedRows } from './stage-checks';

export interface MoveCounts {
  imported: number;
  merged: number;
  flaggedDnc: number;
}

/**
 * Moves the staged rows into a campaign inside the caller's transaction. Ids are taken from
 * the sequence in row order, so list order (= id order for the dialer) is the file's order;
 * the inserts themselves need no ORDER BY (ids are explicit; a sort of millions of rows is
 * the costliest step there is); phones keep their explicit priorities;
 * the unique (campaign_id, number) constraint still guards against a concurrent import.
 */
export async function moveToCampaign(client: Client, campaignId: string, tenantId: string, onDuplicate: DuplicateMode, onDnc: DncMode): Promise<MoveCounts> {
  await checkStagedRows(client, {
    label: 'campaign',
    existingSql: 'select number, recipient_id as owner_id from recipient_phone where campaign_id = $1',
    params: [campaignId],
  }, tenantId, onDuplicate, onDnc);
  if (onDuplicate === DuplicateMode.MERGE) {
    await client.query(`update campaign_recipient cr set
        name = coalesce(nullif(s.name, ''), cr.name), fields = cr.fields || (select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(s.fields) where value <> '""'::jsonb),
        tags = array(select distinct t from unnest(cr.tags || s.tags) t), updated_at = now()
      from stage_existing x join import_stage s on s.row_no = x.row_no
      where cr.id = x.owner_id`);
  }
  await client.query(`create temp table stage_ok as
    select nextval(pg_get_serial_sequence('campaign_recipient', 'id')) as rid, s.*
    from (select * from import_stage where code is null order by row_no) s`);
  const inserted = await client.query(`insert into campaign_recipient (id, campaign_id, external_id, name, state, priority, time_zone,
      expire_at, not_before, not_after, callback_at, callback_extension, fields, original_line, tags, attempts, extra_attempts,
      next_number_index, created_at, updated_at)
    select rid, $1, external_id, name,
      (case when dnc then 'DNC' when callback_at is not null then 'SCHEDULED' else 'READY' end)::recipient_state,
      priority, time_zone, expire_at, not_before, not_after, callback_at, callback_extension, fields, original_line, tags,
      0, 0, 0, now(), now()
    from stage_ok`, [campaignId]);
  await client.query('insert into import_ids (rid, row_no) select rid, row_no from stage_ok');
  await client.query(`insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
    select o.rid, $1, p.number, p.prio, false from stage_ok o, unnest(o.phones, o.prios) as p(number, prio)`, [campaignId]);
  const dnc = await client.query<{ n: number }>('select count(*)::int as n from stage_ok where dnc');
  const mergedRows = await client.query<{ n: number }>("select count(*)::int as n from import_stage where code = 'MERGED'");
  return { imported: inserted.rowCount ?? 0, merged: mergedRows.rows[0]!.n, flaggedDnc: dnc.rows[0]!.n };
}
