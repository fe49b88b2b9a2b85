import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AuditEntry } from '../../entities/audit-entry.entity';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { PageArgs } from '../common/page.input';
import type { AuditEntryConnection } from './audit-entry.type';
import type { AuditFilterInput } from './audit-filter.input';

/**
 * Keyset page of audit entries, newest first (by id: ids grow with commits' order of writing).
 * `tenantIds` null = every tenant (the operator's view); the resolver decided who may read which.
 */
export async function listAudit(
  em: EntityManager,
  tenantIds: readonly string[] | null,
  filter: AuditFilterInput,
  page: PageArgs,
): Promise<AuditEntryConnection> {
  const where: FilterQuery<AuditEntry>[] = [];
  if (tenantIds) where.push({ tenantId: { $in: [...tenantIds] } });
  if (filter.actions?.length) where.push({ action: { $in: filter.actions } });
  if (filter.since) where.push({ at: { $gte: filter.since } });
  if (filter.until) where.push({ at: { $lt: filter.until } });
  if (page.after) where.push({ id: { $lt: String(decodeCursor(page.after, 1)[0]) } });
  const rows = await em.find(AuditEntry, { $and: where }, { orderBy: { id: 'desc' }, limit: page.first + 1 });
  const nodes = rows.slice(0, page.first);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last.id]) : null } };
}
