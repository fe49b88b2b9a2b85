import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import type { TenantCaps } from '../../domain/tenant/tenant-caps';
import { Tenant } from '../../entities/tenant.entity';
import { badInput, conflict, notFound } from '../../errors/app-error';
import { capValueProblem } from '../../domain/tenant/tenant-caps';

// Shared by the operator's tenant commands: finding a tenant, reading and checking its caps.

/** Any tenant by id (the operator sees all), optionally locked for this transaction; NOT_FOUND otherwise. */
export async function loadTenant(em: EntityManager, id: string, lock = false): Promise<Tenant> {
  if (!isUUID(id)) throw notFound('Tenant', id);
  const found = await em.findOne(Tenant, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!found) throw notFound('Tenant', id);
  return found;
}

/** The tenant's caps as the domain reads them. */
export function capsOf(tenant: Tenant): TenantCaps {
  return {
    maxConcurrentCalls: tenant.capMaxConcurrentCalls ?? null,
    callsPerSecond: tenant.capCallsPerSecond ?? null,
    maxActiveCampaigns: tenant.capMaxActiveCampaigns ?? null,
  };
}

/** BAD_USER_INPUT naming the first cap out of range. */
export function checkCaps(caps: Partial<Record<keyof TenantCaps, number | null | undefined>>): void {
  for (const name of ['maxConcurrentCalls', 'callsPerSecond', 'maxActiveCampaigns'] as const) {
    const why = capValueProblem(name, caps[name]);
    if (why) throw badInput(name, why);
  }
}

/** A tenant name: trimmed, 1 to 100 characters, unique (CONFLICT naming `name`). */
export async function checkTenantName(em: EntityManager, raw: string, exceptId?: string): Promise<string> {
  const name = raw.trim();
  if (name.length === 0 || name.length > 100) throw badInput('name', 'must be 1 to 100 characters');
  const other = await em.findOne(Tenant, { name });
  if (other && other.id !== exceptId) throw conflict(`A tenant named "${name}" already exists; choose another name`, { field: 'name' });
  return name;
}
