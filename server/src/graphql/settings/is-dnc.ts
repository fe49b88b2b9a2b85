import type { EntityManager } from '@mikro-orm/postgresql';
import { dncListName, normalizeDncNumber } from '../../commands/settings/dnc-number';
import { tenantRegion } from '../../commands/settings/tenant-settings-row';
import { DncEntry } from '../../entities/dnc-entry.entity';

/**
 * Whether a number (as written; read in the tenant's default region) is on one of the
 * tenant's DNC lists, or on `listName` only. Expired entries no longer count.
 */
export async function isDnc(
  em: EntityManager,
  tenantId: string,
  number: string,
  listName?: string | null,
  now = new Date(),
): Promise<boolean> {
  const e164 = normalizeDncNumber(number, await tenantRegion(em, tenantId), 'number');
  const found = await em.count(DncEntry, {
    tenant: tenantId,
    number: e164,
    ...(listName ? { listName: dncListName(listName) } : {}),
    $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
  });
  return found > 0;
}
