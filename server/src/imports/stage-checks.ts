import type { Client } from 'pg';
import { dncBlocks, dncEntryBlocks } from '../db/dnc-match';
import { DncMode, DuplicateMode } from './import-types';

/** Where the target keeps its numbers, for {@link checkStagedRows}. */
export interface StagedTarget {
  /** "campaign" or "list", for reasons ("… is already in this campaign"). */
  label: string;
  /**
   * A join from `stage_phone sp` to `e(owner_id)`, the target's recipient or contact holding
   * `sp.number`, if any. A campaign probes its unique index once per number (a hash join
   * would read all of a growing campaign's numbers for every chunk); a list's numbers are
   * jsonb, so it is one hash join over the list.
   */
  existingJoin: string;
  params: unknown[];
  /** The campaign whose DNC lists apply; null: every list of the tenant. */
  campaignId: string | null;
}

/**
 * Set-based checks on the staged rows, shared by campaign and list imports. Marks rows in place:
 * code DUPLICATE / DNC (rejected) or MERGED (folded into an existing recipient or an earlier row).
 * `firstChunk` gathers statistics on the numbers once; later chunks look alike.
 */
export async function checkStagedRows(
  client: Client,
  target: StagedTarget,
  tenantId: string,
  onDuplicate: DuplicateMode,
  onDnc: DncMode,
  firstChunk: boolean,
): Promise<void> {
  const { label, existingJoin, params } = target;
  // Per chunk: the previous chunk's work tables go (they live as long as the transaction otherwise).
  await client.query('drop table if exists stage_existing, stage_dup');
  await client.query('truncate stage_phone');
  await client.query(`insert into stage_phone (row_no, number, col)
    select s.row_no, p.number, p.col from import_stage s, unnest(s.phones, s.phone_cols) as p(number, col) where s.code is null`);
  if (firstChunk) await client.query('analyze stage_phone');
  const existing = await client.query(
    `create temp table stage_existing as
    select distinct on (sp.row_no) sp.row_no, e.owner_id, sp.number, sp.col
    from stage_phone sp ${existingJoin} order by sp.row_no, sp.number`,
    params,
  );
  // A number an earlier chunk of this file brought in names that row (import_ids), not just "already there".
  if ((existing.rowCount ?? 0) > 0 && onDuplicate === DuplicateMode.REJECT) {
    await client.query(
      `update import_stage s set code = 'DUPLICATE', column_name = x.col,
        reason = x.number || coalesce(' is also in row ' || i.row_no, ' is already in this ' || $1::text)
      from stage_existing x left join import_ids i on i.rid = x.owner_id where x.row_no = s.row_no`,
      [label],
    );
  } else if ((existing.rowCount ?? 0) > 0) {
    await client.query(`update import_stage s set code = 'MERGED' from stage_existing x where x.row_no = s.row_no`);
  }
  // In-file duplicates among the rows still standing: the first row holding a number keeps it.
  // Only rows of stage_existing have been marked so far. Numbers held more than once are found
  // by hashing (most numbers are unique: no sort of the whole chunk), then their later rows.
  await client.query(`create temp table stage_dup as
    with standing as (select sp.* from stage_phone sp where not exists (select 1 from stage_existing x where x.row_no = sp.row_no)),
      twice as (select number, min(row_no) as first_row from standing group by number having count(*) > 1)
    select distinct on (s.row_no) s.row_no, t.first_row, s.number, s.col
    from standing s join twice t on t.number = s.number
    where t.first_row < s.row_no
    order by s.row_no, t.first_row`);
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
  await markDnc(client, tenantId, onDnc, 'stage_phone', target.campaignId);
}

/** The standing rows' numbers, for {@link markDnc} when stage_phone was not filled. */
export const STANDING_NUMBERS = `(select s.row_no, p.number from import_stage s, unnest(s.phones) as p(number) where s.code is null)`;

/**
 * Flags (FLAG) or rejects (SKIP) standing rows whose every number is on a do-not-call list
 * that applies (the campaign's lists; every list for a reusable list): a row with one DNC
 * number among clean ones is imported as it is, and the dialer skips that number. Rows with
 * a DNC number are found by a join first; only those are checked number by number.
 */
export async function markDnc(client: Client, tenantId: string, onDnc: DncMode, numbers: string, campaignId: string | null): Promise<void> {
  const terms = (number: string) => ({ tenant: 'dl.tenant_id', number, lists: 'dl.lists', at: 'now()' });
  await client.query(
    `with dl as (select $1::uuid as tenant_id, (select c.dnc_lists from campaign c where c.id = $2::uuid) as lists)
    update import_stage s set dnc = true where s.code is null and s.row_no in (
      select sp.row_no from ${numbers} sp cross join dl join dnc_entry d on ${dncEntryBlocks('d', terms('sp.number'))})
      and not exists (select 1 from dl, unnest(s.phones) as p(number) where not ${dncBlocks(terms('p.number'))})`,
    [tenantId, campaignId],
  );
  if (onDnc === DncMode.SKIP) {
    await client.query(`update import_stage set code = 'DNC', reason = 'every number is on a do-not-call list', column_name = phone_cols[1], dnc = false
      where dnc`);
  }
}
