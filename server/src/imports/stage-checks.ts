import type { Client } from 'pg';
import { DncMode, DuplicateMode } from './import-types';

/**
 * Set-based checks on the staged rows, shared by campaign and list imports. `existingSql`
 * lists (number, owner_id) pairs the target already has. Marks rows in place:
 * code DUPLICATE / DNC (rejected) or MERGED (folded into an existing recipient or an earlier row).
 */
export async function checkStagedRows(
  client: Client, target: { label: string; existingSql: string; params: unknown[] }, tenantId: string, onDuplicate: DuplicateMode, onDnc: DncMode,
): Promise<void> {
  const { label, existingSql, params } = target;
  // Per chunk: the previous chunk's work tables go (they live as long as the transaction otherwise).
  await client.query('drop table if exists stage_phone, stage_existing, stage_dup, stage_ok');
  await client.query(`create temp table stage_phone as
    select s.row_no, p.number, p.col from import_stage s, unnest(s.phones, s.phone_cols) as p(number, col) where s.code is null`);
  await client.query('analyze stage_phone');
  const existing = await client.query(`create temp table stage_existing as
    select distinct on (sp.row_no) sp.row_no, e.owner_id, sp.number, sp.col
    from stage_phone sp join (${existingSql}) e on e.number = sp.number order by sp.row_no, sp.number`, params);
  // A number an earlier chunk of this file brought in names that row (import_ids), not just "already there".
  if ((existing.rowCount ?? 0) > 0 && onDuplicate === DuplicateMode.REJECT) {
    await client.query(`update import_stage s set code = 'DUPLICATE', column_name = x.col,
        reason = x.number || coalesce(' is also in row ' || i.row_no, ' is already in this ' || $1::text)
      from stage_existing x left join import_ids i on i.rid = x.owner_id where x.row_no = s.row_no`, [label]);
  } else if ((existing.rowCount ?? 0) > 0) {
    await client.query(`update import_stage s set code = 'MERGED' from stage_existing x where x.row_no = s.row_no`);
  }
  // In-file duplicates among the rows still standing: the first row holding a number keeps it.
  // Only rows of stage_existing have been marked so far, so one window over stage_phone does.
  await client.query(`create temp table stage_dup as
    select distinct on (row_no) row_no, first_row, number, col
    from (select sp.row_no, sp.number, sp.col, min(sp.row_no) over (partition by sp.number) as first_row
          from stage_phone sp where not exists (select 1 from stage_existing x where x.row_no = sp.row_no)) w
    where first_row < row_no
    order by row_no, first_row`);
  if (onDuplicate === DuplicateMode.REJECT) {
    await client.query(`update import_stage s set code = 'DUPLICATE', column_name = d.col, reason = d.number || ' is also in row ' || d.first_row
      from stage_dup d where d.row_no = s.row_no`);
  } else {
    // The first row absorbs later rows' non-empty fields (jsonb || and the aggregate keep the later value) and tags.
    await client.query(`update import_stage t set
        fields = t.fields || coalesce((select jsonb_object_agg(f.key, f.value order by s.row_no)
          from stage_dup d join import_stage s on s.row_no = d.row_no, jsonb_each(s.fields) f
          where d.first_row = t.row_no and f.value <> '""'::jsonb), '{}'::jsonb),
        tags = (select coalesce(array_agg(distinct x), '{}') from import_stage s, unnest(s.tags) x
          where s.row_no = t.row_no or s.row_no in (select row_no from stage_dup where first_row = t.row_no))
      where t.row_no in (select first_row from stage_dup)`);
    await client.query(`update import_stage s set code = 'MERGED' from stage_dup d where d.row_no = s.row_no`);
  }
  await client.query(`update import_stage s set dnc = true where s.code is null and exists (
      select 1 from stage_phone sp join dnc_entry d on d.number = sp.number and d.tenant_id = $1 and (d.expires_at is null or d.expires_at > now())
      where sp.row_no = s.row_no)`, [tenantId]);
  if (onDnc === DncMode.SKIP) {
    await client.query(`update import_stage set code = 'DNC', reason = 'the number is on a do-not-call list', column_name = phone_cols[1], dnc = false
      where dnc`);
  }
}
