import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array';
import { cappedLimit } from '../domain/tenant/tenant-caps';
import { TenantSettings } from '../entities/tenant-settings.entity';
import { rows } from './sql-rows';

// A tenant's limits for the planner: its own settings within the platform operator's caps.

export interface TenantLimitsRow {
  tenantId: string;
  maxActiveCampaigns: number;
  maxTotalCalls: number;
  maxInternalCalls: number;
  maxExternalCalls: number;
  callsPerSecond: number;
  internalNumberPattern: string;
}

/**
 * Each tenant's limits as the dialer applies them: its own (TenantSettings, the defaults when it
 * has no row), each lowered to the platform operator's cap when there is one (issue 21: a cap
 * lowered below a limit already set still holds).
 */
export async function loadTenantLimits(em: EntityManager, tenantIds: string[]): Promise<Map<string, TenantLimitsRow>> {
  const list = await rows<{
    tenant_id: string;
    max_active_campaigns: number | null;
    max_total_calls: number | null;
    max_internal_calls: number | null;
    max_external_calls: number | null;
    calls_per_second: number | null;
    internal_number_pattern: string | null;
    cap_max_concurrent_calls: number | null;
    cap_calls_per_second: number | null;
    cap_max_active_campaigns: number | null;
  }>(
    em,
    `select t.id as tenant_id, ts.max_active_campaigns, ts.max_total_calls, ts.max_internal_calls, ts.max_external_calls,
       ts.calls_per_second, ts.internal_number_pattern, t.cap_max_concurrent_calls, t.cap_calls_per_second, t.cap_max_active_campaigns
     from tenant t left join tenant_settings ts on ts.tenant_id = t.id where t.id = any(?::uuid[])`,
    [sqlArray(tenantIds)],
  );
  const d = new TenantSettings();
  return new Map(
    list.map((t) => {
      const calls = t.cap_max_concurrent_calls;
      return [
        t.tenant_id,
        {
          tenantId: t.tenant_id,
          maxActiveCampaigns: cappedLimit(t.max_active_campaigns ?? d.maxActiveCampaigns, t.cap_max_active_campaigns),
          maxTotalCalls: cappedLimit(t.max_total_calls ?? d.maxTotalCalls, calls),
          maxInternalCalls: cappedLimit(t.max_internal_calls ?? d.maxInternalCalls, calls),
          maxExternalCalls: cappedLimit(t.max_external_calls ?? d.maxExternalCalls, calls),
          callsPerSecond: cappedLimit(t.calls_per_second ?? d.callsPerSecond, t.cap_calls_per_second),
          internalNumberPattern: t.internal_number_pattern ?? d.internalNumberPattern,
        },
      ];
    }),
  );
}
