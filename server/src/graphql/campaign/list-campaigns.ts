import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Campaign } from '../../entities/campaign.entity';
import { accountcodeWhere } from '../../reports/accountcode-filter';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { PageArgs } from '../common/page.input';
import type { CampaignConnection } from './campaign-connection.type';
import type { CampaignFilterInput } from './campaign-filter.input';

/**
 * Keyset page of the campaigns of the given tenants (the caller's own, or those the operator
 * named: the resolver decided who may read which), newest first (createdAt, id).
 */
export async function listCampaigns(
  em: EntityManager,
  tenantIds: readonly string[],
  filter: CampaignFilterInput,
  page: PageArgs,
): Promise<CampaignConnection> {
  const where: FilterQuery<Campaign>[] = [{ tenant: { $in: [...tenantIds] }, deletedAt: null, isTemplate: filter.isTemplate ?? false }];
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.startedAfter) where.push({ startedAt: { $gte: filter.startedAfter } });
  if (filter.endedBefore) where.push({ endedAt: { $lte: filter.endedBefore } });
  if (filter.accountcode) {
    // The tenant's own billing code counts for its campaigns without one: judged per tenant.
    const code = filter.accountcode;
    where.push({ $or: await Promise.all(tenantIds.map(async (t) => ({ $and: [{ tenant: t }, await accountcodeWhere(em, t, code)] }))) });
  }
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({ $or: [{ name: { $ilike: like } }, { description: { $ilike: like } }] });
  }
  if (page.after) {
    const [at, id] = decodeCursor(page.after, 2) as [string, string];
    const createdAt = new Date(at);
    where.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
  }
  const rows = await em.find(Campaign, { $and: where }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.first + 1 });
  const nodes = rows.slice(0, page.first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
  };
}
