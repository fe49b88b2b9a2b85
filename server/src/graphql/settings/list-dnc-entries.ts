import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DncEntry } from '../../entities/dnc-entry.entity';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { PageArgs } from '../common/page.input';
import type { DncEntryConnection } from './dnc-entry-connection.type';
import type { DncFilterInput } from './dnc.input';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Keyset page of a tenant's DNC entries, newest first (createdAt, id). `search` matches the
 * digits anywhere in the number ("555 01" finds +12125550199) or text in the reason.
 */
export async function listDncEntries(
  em: EntityManager,
  tenantId: string,
  filter: DncFilterInput,
  page: PageArgs,
): Promise<DncEntryConnection> {
  const where: FilterQuery<DncEntry>[] = [{ tenant: tenantId }];
  if (filter.listName) where.push({ listName: filter.listName.trim() });
  if (filter.search) {
    const text = filter.search.trim();
    const digits = text.replace(/\D/g, '');
    const either: FilterQuery<DncEntry>[] = [{ reason: { $ilike: `%${escapeLike(text)}%` } }];
    if (digits) either.push({ number: { $like: `%${digits}%` } });
    where.push({ $or: either });
  }
  if (page.after) {
    const [at, id] = decodeCursor(page.after, 2) as [string, string];
    const createdAt = new Date(at);
    where.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
  }
  const rows = await em.find(DncEntry, { $and: where }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.first + 1 });
  const nodes = rows.slice(0, page.first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
  };
}
