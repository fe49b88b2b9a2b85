import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Campaign } from '../../entities/campaign.entity';
import { conflict } from '../../errors/app-error';

/** Statuses in which the dialer works on a campaign: its gateways and calendar must stay. */
const ACTIVE = [CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED];

/**
 * CONFLICT when another object of the tenant already has this name. The unique constraint
 * stays the real guard (a race still ends as CONFLICT); this gives the message a person needs.
 */
export async function assertNameFree<T extends { id: string; name: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  label: string,
  tenantId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const where = { tenant: tenantId, name, ...(exceptId ? { id: { $ne: exceptId } } : {}) } as FilterQuery<T>;
  if ((await em.count(entity, where)) > 0) {
    throw conflict(`A ${label.toLowerCase()} named "${name}" already exists in this tenant; choose another name`, { field: 'name' });
  }
}

/**
 * CONFLICT when a campaign the dialer is working on (SCHEDULED, RUNNING, PAUSED) uses the
 * object: deleting it would change how that campaign dials behind the supervisor's back.
 */
export async function assertNotUsedByActiveCampaign(
  em: EntityManager,
  tenantId: string,
  label: string,
  name: string,
  uses: FilterQuery<Campaign>,
): Promise<void> {
  const campaigns = await em.find(
    Campaign,
    { $and: [{ tenant: tenantId, deletedAt: null, status: { $in: ACTIVE } }, uses] },
    { fields: ['name', 'status'], orderBy: { name: 'asc' }, limit: 5 },
  );
  if (campaigns.length === 0) return;
  const list = campaigns.map((c) => `"${c.name}" (${c.status})`).join(', ');
  throw conflict(`${label} "${name}" is used by ${list}; cancel those campaigns or change their settings first`, {
    campaignIds: campaigns.map((c) => c.id),
  });
}
