import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import { Tenant } from '../../entities/tenant.entity';

/** The tenant's limits as stored, or the defaults (unsaved) when the row was never written. */
export async function readTenantSettings(em: EntityManager, tenantId: string): Promise<TenantSettings> {
  const found = await em.findOne(TenantSettings, { tenant: tenantId });
  if (found) return found;
  const defaults = new TenantSettings();
  defaults.tenant = em.getReference(Tenant, tenantId);
  return defaults;
}

/**
 * The tenant's settings row, created with defaults when missing and locked for this
 * transaction. `on conflict do nothing` lets two first writers race safely.
 */
export async function lockTenantSettings(em: EntityManager, tenantId: string): Promise<TenantSettings> {
  await em.execute('insert into tenant_settings (tenant_id, updated_at) values (?, now()) on conflict (tenant_id) do nothing', [tenantId]);
  return em.findOneOrFail(TenantSettings, { tenant: tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** The region numbers without a country code are read in (TenantSettings.defaultRegion). */
export async function tenantRegion(em: EntityManager, tenantId: string): Promise<string> {
  return (await readTenantSettings(em, tenantId)).defaultRegion;
}
