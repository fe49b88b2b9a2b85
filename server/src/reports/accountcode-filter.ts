import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Campaign } from '../entities/campaign.entity';

/**
 * Campaigns whose calls carry this billing code: their own accountcode, or none of their own
 * when it is the tenant's (what the dialer sends then). Shared by `campaigns` and the reports
 * so both filters agree with the channel variable.
 */
export async function accountcodeWhere(em: EntityManager, tenantId: string, code: string): Promise<FilterQuery<Campaign>> {
  const [row] = await em.execute<Array<{ accountcode: string | null }>>('select accountcode from tenant_settings where tenant_id = ?', [
    tenantId,
  ]);
  if (row?.accountcode === code) return { $or: [{ accountcode: code }, { accountcode: null }] };
  return { accountcode: code };
}
