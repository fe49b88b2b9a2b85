import { AuditAction } from '../../domain/audit/audit-action';
import { recordAudit } from '../audit/record-audit';
import { fieldChanges } from '../audit/audit-changes';
import type { Tenant } from '../../entities/tenant.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { checkCaps, checkTenantName, loadTenant } from './load-tenant';
import type { UpdateTenantData } from './tenant-data';

/**
 * The operator renames a tenant or changes its caps. The tenant's own limits are left as they
 * are: the dialer uses the lower of limit and cap (dialer/campaign-rows.ts), so a lowered cap
 * holds from the next tick, and the tenant's admin sees both (TenantSettings.caps).
 */
export function updateTenant(ctx: CommandContext, id: string, input: UpdateTenantData): Promise<Tenant> {
  checkCaps(input);
  return inTransaction(ctx, async (em) => {
    const tenant = await loadTenant(em, id, true);
    const before = { ...tenant };
    if (input.name != null) tenant.name = await checkTenantName(em, input.name, tenant.id);
    // Absent: unchanged; null: the cap is removed.
    if (input.maxConcurrentCalls !== undefined) tenant.capMaxConcurrentCalls = input.maxConcurrentCalls;
    if (input.callsPerSecond !== undefined) tenant.capCallsPerSecond = input.callsPerSecond;
    if (input.maxActiveCampaigns !== undefined) tenant.capMaxActiveCampaigns = input.maxActiveCampaigns;
    const changes = fieldChanges(before, tenant, ['name', 'capMaxConcurrentCalls', 'capCallsPerSecond', 'capMaxActiveCampaigns']);
    recordAudit(em, ctx, { action: AuditAction.TENANT_UPDATED, tenantId: tenant.id, targetType: 'Tenant', targetId: tenant.id, changes });
    await em.flush();
    return tenant;
  });
}
