import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { LockMode, type EntityClass } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import { notFound } from '../errors/app-error';

/**
 * Loads an object of the caller's tenant or fails NOT_FOUND. Another tenant's object gets
 * exactly the same answer as a missing one, so ids cannot be probed across tenants.
 */
export async function loadOwned<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  label: string,
  id: string,
  tenantId: string,
  extra: FilterQuery<T> = {},
  opts: { lock?: boolean } = {},
): Promise<T> {
  if (!isUUID(id)) throw notFound(label, id);
  const where = { id, tenant: tenantId, ...(extra as object) } as FilterQuery<T>;
  // `lock` (inside a transaction) takes the row with FOR UPDATE: state checks then hold until commit.
  const found = await em.findOne(entity, where, opts.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!found) throw notFound(label, id);
  return found;
}
