import { AuditAction } from '../../domain/audit/audit-action';
import { recordAudit } from '../audit/record-audit';
import { TenantStatus } from '../../domain/tenant/tenant-status';
import type { Tenant } from '../../entities/tenant.entity';
import { conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadTenant } from './load-tenant';
import { resumeTenantCampaigns } from './tenant-campaigns';

/**
 * The operator lifts a suspension: the tenant is ACTIVE again and the campaigns the suspension
 * paused are resumed (those still PAUSED; one cancelled meanwhile stays cancelled). Campaigns
 * that were paused before the suspension stay paused. Resuming an active tenant is CONFLICT.
 */
export async function resumeTenant(ctx: CommandContext, id: string): Promise<Tenant> {
  const { tenant, paused } = await inTransaction(ctx, async (em) => {
    const found = await loadTenant(em, id, true);
    if (found.status !== TenantStatus.SUSPENDED) throw conflict(`"${found.name}" is not suspended`, { field: 'id' });
    const ids = found.pausedBySuspension;
    found.status = TenantStatus.ACTIVE;
    found.suspendedReason = null;
    found.suspendedAt = null;
    found.pausedBySuspension = [];
    recordAudit(em, ctx, {
      action: AuditAction.TENANT_RESUMED,
      tenantId: found.id,
      targetType: 'Tenant',
      targetId: found.id,
      changes: { campaignsToResume: ids.length },
    });
    await em.flush();
    return { tenant: found, paused: ids };
  });
  await resumeTenantCampaigns(ctx, tenant.id, paused, 'Organisation resumed by the platform operator');
  return tenant;
}
