import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadTenantUsage, type TenantUsageFigures } from '../../reports/tenant-usage';
import { LOADER_OPTIONS } from './loader-options';

/** Tenant id -> its usage: one statement for every tenant of the response (the operator's list). */
export function tenantUsageLoader(em: EntityManager): DataLoader<string, TenantUsageFigures> {
  return new DataLoader<string, TenantUsageFigures>(async (ids) => {
    const usage = await loadTenantUsage(em, ids);
    return ids.map((id) => usage.get(id) ?? { liveCalls: 0, runningCampaigns: 0, callsToday: 0 });
  }, LOADER_OPTIONS);
}
