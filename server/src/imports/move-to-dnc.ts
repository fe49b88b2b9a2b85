import type { Client } from 'pg';
import type { MoveCounts } from './move-to-campaign';

/**
 * Moves the staged rows' numbers onto a DNC list of the tenant inside the caller's
 * transaction, set-based like the recipient moves: every number of a standing row becomes an
 * entry (a row's expireAt is its expiry; none: forever). A number already on the list is
 * renewed with the file's expiry, as addDncNumbers does, so importing a file again is safe; a
 * number twice in one chunk takes its last row's expiry. `imported` counts new entries,
 * `merged` renewed ones.
 */
export async function moveToDnc(client: Client, tenantId: string, listName: string): Promise<MoveCounts> {
  const r = await client.query<{ added: number; renewed: number }>(
    `with moved as (
      insert into dnc_entry (id, tenant_id, number, list_name, expires_at, created_at)
      select gen_random_uuid(), $1, x.number, $2, x.expire_at, now()
      from (select distinct on (p.number) p.number, s.expire_at
            from import_stage s, unnest(s.phones) as p(number) where s.code is null order by p.number, s.row_no desc) x
      on conflict (tenant_id, number, list_name) do update set expires_at = excluded.expires_at
      returning (xmax = 0) as added)
    select (count(*) filter (where added))::int as added, (count(*) filter (where not added))::int as renewed from moved`,
    [tenantId, listName],
  );
  const row = r.rows[0];
  return { imported: row?.added ?? 0, merged: row?.renewed ?? 0, flaggedDnc: 0 };
}
