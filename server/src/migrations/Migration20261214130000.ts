import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 19 item 5: per-campaign counters kept in the transaction of every change. Statement
 * triggers with transition tables on campaign_recipient and call_attempt append signed deltas
 * to campaign_tally (new rows +1, old rows -1, netted per statement), so every writer (the
 * dialer's claims and call ends, commands, COPY imports, cascaded deletes, raw SQL) keeps the
 * figures exact without knowing about them, and a million-row import adds a few rows, not a
 * million. Append-only: no writer ever waits for a counter row another one holds.
 * campaign_tally_compact folds a campaign's rows; campaign_tally_recount rebuilds them from
 * the rows in one statement (one snapshot: a concurrent writer's delta stays valid) and
 * returns what had drifted.
 */

/** Recipient figures of the signed rows in `d` (campaign_id, state, attempts, last_outcome, tags, s). */
const RECIPIENT_FIGURES = `
  g as (select campaign_id, state, attempts, last_outcome, tags, sum(s)::bigint n from d
        group by campaign_id, state, attempts, last_outcome, tags),
  f as (
    select campaign_id, 'recipients' figure, '' key, n from g
    union all select campaign_id, 'state', state::text, n from g
    union all select campaign_id, 'outcome', coalesce(last_outcome::text, 'NOT_CALLED'), n from g
    union all select campaign_id, 'attempts', attempts::text, n from g
    union all select campaign_id, 'counted_attempts', '', n * attempts from g
    union all select campaign_id, 'untagged', '', n from g where cardinality(tags) = 0
    union all select campaign_id, 'tag', t.tag, n from g cross join lateral unnest(g.tags) as t(tag))`;

/** Call figures of the signed rows in `d` (campaign_id, answered_at, abandoned, bill_seconds, s). */
const CALL_FIGURES = `
  f as (
    select campaign_id, 'calls' figure, '' key, s::bigint n from d
    union all select campaign_id, 'answered', '', s from d where answered_at is not null
    union all select campaign_id, 'abandoned', '', s from d where answered_at is not null and abandoned
    union all select campaign_id, 'talk_seconds', '', s * bill_seconds from d where answered_at is not null and bill_seconds is not null
    union all select campaign_id, 'talked', '', s from d where answered_at is not null and bill_seconds is not null)`;

const APPEND = `insert into campaign_tally (campaign_id, figure, key, n)
  select campaign_id, figure, key, sum(n) from f group by campaign_id, figure, key having sum(n) <> 0`;

const RECIPIENT_COLS = 'campaign_id, state, attempts, last_outcome, tags';
const CALL_COLS = 'campaign_id, answered_at, abandoned, bill_seconds';

function deltas(cols: string, figures: string): string {
  const signed = (table: string, s: number) => `select ${cols}, ${s} s from ${table}`;
  return `
  if TG_OP = 'INSERT' then
    with d as (${signed('new_rows', 1)}), ${figures} ${APPEND};
  elsif TG_OP = 'DELETE' then
    with d as (${signed('old_rows', -1)}), ${figures} ${APPEND};
  else
    with d as (${signed('new_rows', 1)} union all ${signed('old_rows', -1)}), ${figures} ${APPEND};
  end if;
  return null;`;
}

function triggers(table: string, fn: string): string[] {
  return [
    `create trigger ${table}_tally_ins after insert on "${table}" referencing new table as new_rows for each statement execute function ${fn}();`,
    `create trigger ${table}_tally_upd after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function ${fn}();`,
    `create trigger ${table}_tally_del after delete on "${table}" referencing old table as old_rows for each statement execute function ${fn}();`,
  ];
}

export class Migration20261214130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "campaign_tally" ("id" bigserial primary key, "campaign_id" uuid not null, "figure" text not null, "key" text not null, "n" bigint not null);`,
    );
    this.addSql(`create index "campaign_tally_campaign_idx" on "campaign_tally" ("campaign_id");`);
    this.addSql(`create function campaign_tally_recipients() returns trigger language plpgsql as $$
begin ${deltas(RECIPIENT_COLS, RECIPIENT_FIGURES)}
end $$;`);
    this.addSql(`create function campaign_tally_calls() returns trigger language plpgsql as $$
begin ${deltas(CALL_COLS, CALL_FIGURES)}
end $$;`);
    for (const sql of [...triggers('campaign_recipient', 'campaign_tally_recipients'), ...triggers('call_attempt', 'campaign_tally_calls')])
      this.addSql(sql);
    // Folds a campaign's deltas into one row per figure; rows of uncommitted writers are not seen and stay.
    this.addSql(`create function campaign_tally_compact(c uuid) returns void language sql as $$
  with gone as (delete from campaign_tally where campaign_id = c returning figure, key, n)
  insert into campaign_tally (campaign_id, figure, key, n)
  select c, figure, key, sum(n) from gone group by figure, key having sum(n) <> 0;
$$;`);
    // Rebuilds from the rows in one statement; returns each figure whose tally differed (drift).
    this.addSql(`create function campaign_tally_recount(c uuid) returns table (figure text, key text, tallied bigint, actual bigint)
language sql as $$
  with gone as (delete from campaign_tally t where t.campaign_id = c returning t.figure, t.key, t.n),
  was as (select gone.figure, gone.key, sum(gone.n)::bigint n from gone group by 1, 2),
  rd as (select ${RECIPIENT_COLS}, 1 s from campaign_recipient where campaign_id = c),
  cd as (select ${CALL_COLS}, 1 s from call_attempt where campaign_id = c),
  now_ as (
    select figure, key, sum(n)::bigint n from (
      select * from (with d as (select * from rd), ${RECIPIENT_FIGURES} select figure, key, n from f) r
      union all select * from (with d as (select * from cd), ${CALL_FIGURES} select figure, key, n from f) k) x
    group by figure, key having sum(n) <> 0),
  put as (insert into campaign_tally (campaign_id, figure, key, n) select c, figure, key, n from now_ returning 1)
  -- put runs whether read or not (a data-modifying WITH always completes).
  select coalesce(w.figure, a.figure), coalesce(w.key, a.key), coalesce(w.n, 0), coalesce(a.n, 0)
    from was w full join now_ a on a.figure = w.figure and a.key = w.key
   where coalesce(w.n, 0) <> coalesce(a.n, 0);
$$;`);
    this.addSql(`select campaign_tally_recount(id) from campaign;`);
  }

  override async down(): Promise<void> {
    for (const t of ['campaign_recipient', 'call_attempt'])
      for (const op of ['ins', 'upd', 'del']) this.addSql(`drop trigger if exists ${t}_tally_${op} on "${t}";`);
    this.addSql(`drop function if exists campaign_tally_recount(uuid);`);
    this.addSql(`drop function if exists campaign_tally_compact(uuid);`);
    this.addSql(`drop function if exists campaign_tally_calls();`);
    this.addSql(`drop function if exists campaign_tally_recipients();`);
    this.addSql(`drop table if exists "campaign_tally" cascade;`);
  }
}
