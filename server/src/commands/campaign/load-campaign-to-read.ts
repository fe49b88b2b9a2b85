import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import type { Principal } from '../../auth/principal';
import { isOperator } from '../../auth/tenant-scope';
import { Campaign } from '../../entities/campaign.entity';
import { notFound } from '../../errors/app-error';
import { loadOwned } from '../load-owned';

/**
 * A campaign the caller may read: one of its own tenant, or for the platform operator one of
 * any tenant (issue 21: the operator's view over every campaign). Everyone else gets
 * NOT_FOUND for another tenant's id, exactly as for a missing one. Only reads and the
 * operator's pause/cancel use this; every other write stays on loadOwned.
 */
export async function loadCampaignToRead(
  em: EntityManager,
  principal: Principal,
  id: string,
  extra: FilterQuery<Campaign> = { deletedAt: null },
): Promise<Campaign> {
  if (!isOperator(principal)) return loadOwned(em, Campaign, 'Campaign', id, principal.tenantId, extra);
  if (!isUUID(id)) throw notFound('Campaign', id);
  const found = await em.findOne(Campaign, { $and: [{ id }, extra] });
  if (!found) throw notFound('Campaign', id);
  return found;
}
