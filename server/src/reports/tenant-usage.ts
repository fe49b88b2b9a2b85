import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array';

/** What a tenant uses now (the operator's tenant list). */
export interface TenantUsageFigures {
  liveCalls: number;
  runningCampaigns: number;
  /** Call attempts placed since 00:00 UTC today. */
  callsToday: number;
}

/**
 * Usage of many tenants in one statement (the operator lists all of them): calls still open
 * and calls placed since 00:00 UTC from the attempts (the live partial index and
 * (campaign_id, created_at)), RUNNING campaigns from the campaign table, grouped by tenant.
 */
export async function loadTenantUsage(em: EntityManager, tenantIds: readonly string[]): Promise<Map<string, TenantUsageFigures>> {
  if (tenantIds.length === 0) return new Map();
  const list = await em.getConnection().execute<Array<{ id: string; live: string; today: string; running: string }>>(
    `
    with day as (select date_trunc('day', now() at time zone 'utc') at time zone 'utc' as start),
    calls as (
      select c.tenant_id,
        count(*) filter (where a.ended_at is null) as live,
        count(*) filter (where a.created_at >= (select start from day)) as today
      from call_attempt a join campaign c on c.id = a.campaign_id
      where c.tenant_id = any(?::uuid[]) and (a.ended_at is null or a.created_at >= (select start from day))
      group by c.tenant_id),
    running as (
      select tenant_id, count(*) as n from campaign
      where tenant_id = any(?::uuid[]) and status = 'RUNNING' and deleted_at is null and not is_template
      group by tenant_id)
    select t.id, coalesce(calls.live, 0) as live, coalesce(calls.today, 0) as today, coalesce(running.n, 0) as running
    from unnest(?::uuid[]) as t(id) left join calls on calls.tenant_id = t.id left join running on running.tenant_id = t.id`,
    [sqlArray(tenantIds), sqlArray(tenantIds), sqlArray(tenantIds)],
  );
  return new Map(list.map((r) => [r.id, { liveCalls: Number(r.live), callsToday: Number(r.today), runningCampaigns: Number(r.running) }]));
}
