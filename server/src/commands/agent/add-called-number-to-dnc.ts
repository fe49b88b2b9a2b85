import type { EntityManager } from '@mikro-orm/postgresql';
import type { CallAttempt } from '../../entities/call-attempt.entity';
import { requireDncLists } from '../settings/dnc-lists';

/**
 * A call result's "do not call this number again": the number the call dialed goes on one of
 * the tenant's DNC lists (named, so a typo cannot create a list nobody's campaign reads),
 * without expiry. Already listed: the entry stays and no longer expires.
 */
export async function addCalledNumberToDnc(em: EntityManager, tenantId: string, attempt: CallAttempt, listName: string): Promise<void> {
  const [list] = await requireDncLists(em, tenantId, [listName], 'addToDncList');
  await em.execute(
    `insert into dnc_entry (id, tenant_id, number, list_name, reason, created_at) values (gen_random_uuid(), ?, ?, ?, ?, now())
    on conflict (tenant_id, number, list_name) do update set expires_at = null`,
    [tenantId, attempt.number, list, `call result (call ${attempt.callId})`],
  );
}
