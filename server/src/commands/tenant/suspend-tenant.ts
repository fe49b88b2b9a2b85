import { AuditAction } from '../../domain/audit/audit-action';
import { recordAudit } from '../audit/record-audit';
import { TenantStatus } from '../../domain/tenant/tenant-status';
import type { Tenant } from '../../entities/tenant.entity';
import { badInput, conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadTenant } from './load-tenant';
import { pauseTenantCampaigns } from './tenant-campaigns';

/**
 * The operator suspends a tenant. The status is committed first: from then its users and keys
 * are refused (auth/authenticate.ts reads it on every request) and the dialer plans nothing
 * for it (dialer/campaign-rows.ts), so the pauses that follow, one status change each, only
 * make the stop visible and remembered. Suspending a suspended tenant updates the reason and
 * pauses whatever runs again. The operator's own tenant cannot be suspended (CONFLICT).
 */
export async function suspendTenant(ctx: CommandContext, id: string, reason: string): Promise<Tenant> {
  const why = reason.trim();
  if (why.length === 0 || why.length > 500) throw badInput('reason', 'say why in 1 to 500 characters; the tenant’s users see it');
  const tenantId = await inTransaction(ctx, async (em) => {
    const tenant = await loadTenant(em, id, true);
    if (tenant.id === ctx.principal.tenantId) throw conflict('You cannot suspend your own organisation', { field: 'id' });
    tenant.status = TenantStatus.SUSPENDED;
    tenant.suspendedReason = why;
    tenant.suspendedAt ??= new Date();
    recordAudit(em, ctx, {
      action: AuditAction.TENANT_SUSPENDED,
      tenantId: tenant.id,
      targetType: 'Tenant',
      targetId: tenant.id,
      changes: { reason: why },
    });
    await em.flush();
    return tenant.id;
  });
  const paused = await pauseTenantCampaigns(ctx, tenantId, `Organisation suspended by the platform operator: ${why}`);
  return inTransaction(ctx, async (em) => {
    const tenant = await loadTenant(em, tenantId, true);
    tenant.pausedBySuspension = [...new Set([...tenant.pausedBySuspension, ...paused])];
    await em.flush();
    return tenant;
  });
}
