import type { Client } from 'pg';
import { DuplicateMode, type DncMode } from './import-types';
import type { MoveCounts } from './move-to-campaign';
import { checkStagedRows } from './stage-checks';

/**
 * Moves the staged rows into a reusable list inside the caller's transaction, after the
 * list's last position. Lists keep numbers as jsonb, so "already in the list" is a lookup
 * over the expanded numbers; contacts have no state, so DNC FLAG keeps the row (the dialer
 * checks DNC again when the list is attached and at dial time).
 */
export async function moveToList(
  client: Client,
  listId: string,
  tenantId: string,
  onDuplicate: DuplicateMode,
  onDnc: DncMode,
  firstChunk: boolean,
): Promise<MoveCounts> {
  await checkStagedRows(
    client,
    {
      label: 'list',
      existingJoin: `join (select p->>'number' as number, c.id as owner_id from contact c, jsonb_array_elements(c.phones) p where c.list_id = $1) e
      on e.number = sp.number`,
      params: [listId],
      campaignId: null,
    },
    tenantId,
    onDuplicate,
    onDnc,
    firstChunk,
  );
  if (onDuplicate === DuplicateMode.MERGE) {
    await client.query(`update contact c set
        name = coalesce(nullif(s.name, ''), c.name), fields = c.fields || (select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(s.fields) where value <> '""'::jsonb),
        tags = array(select distinct t from unnest(c.tags || s.tags) t)
      from stage_existing x join import_stage s on s.row_no = x.row_no
      where c.id = x.owner_id`);
  }
  const inserted = await client.query(
    `insert into contact (list_id, position, name, phones, fields, time_zone, priority, tags, expire_at, original_line, created_at)
    select $1, base.n + row_number() over (order by s.row_no), coalesce(s.name, ''),
      (select jsonb_agg(jsonb_build_object('number', p.number, 'priority', p.prio) order by p.ord)
         from unnest(s.phones, s.prios) with ordinality as p(number, prio, ord)),
      s.fields, s.time_zone, s.priority, s.tags, s.expire_at, s.original_line, now()
    from import_stage s, (select coalesce(max(position), 0) as n from contact where list_id = $1) base
    where s.code is null order by s.row_no`,
    [listId],
  );
  const dnc = await client.query<{ n: number }>('select count(*)::int as n from import_stage where code is null and dnc');
  const merged = await client.query<{ n: number }>("select count(*)::int as n from import_stage where code = 'MERGED'");
  return { imported: inserted.rowCount ?? 0, merged: merged.rows[0]!.n, flaggedDnc: dnc.rows[0]!.n };
}
