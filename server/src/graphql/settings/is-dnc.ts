import type { EntityManager } from '@mikro-orm/postgresql';
import { dncListName, normalizeDncNumber } from '../../commands/settings/dnc-number';
import { tenantRegion } from '../../commands/settings/tenant-settings-row';
import { dncBlocks } from '../../db/dnc-match';
import { sqlArray } from '../../db/sql-array';

/**
 * Whether a number (as written; read in the tenant's default region) is on one of the
 * tenant's DNC lists, or on `listName` only. Expired entries no longer count. The same match
 * as the dialer's (db/dnc-match.ts).
 */
export async function isDnc(
  em: EntityManager,
  tenantId: string,
  number: string,
  listName?: string | null,
  now = new Date(),
): Promise<boolean> {
  const e164 = normalizeDncNumber(number, await tenantRegion(em, tenantId), 'number');
  const [row] = await em.getConnection().execute<{ blocked: boolean }[]>(
    `select ${dncBlocks({ tenant: 'q.tenant', number: 'q.number', lists: 'q.lists', at: 'q.at' })} as blocked
      from (select ?::uuid as tenant, ?::text as number, ?::text[] as lists, ?::timestamptz as at) q`,
    [tenantId, e164, listName ? sqlArray([dncListName(listName)]) : null, now],
  );
  return row?.blocked === true;
}
