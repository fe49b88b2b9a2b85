import { Gateway } from '../../entities/gateway.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { assertNotUsedByActiveCampaign } from './settings-guards';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';

/**
 * Deletes a trunk no active campaign uses. Idle campaigns simply lose it from their
 * gateway list; started campaigns keep it in their configuration snapshot for history.
 */
export function deleteGateway(ctx: CommandContext, id: string): Promise<Gateway> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const gateway = await loadOwned(em, Gateway, 'Gateway', id, tenantId, {}, { lock: true });
    await assertNotUsedByActiveCampaign(em, tenantId, 'Gateway', gateway.name, { gateways: gateway.id });
    em.remove(gateway);
    recordAudit(em, ctx, {
      action: AuditAction.GATEWAY_DELETED,
      targetType: 'Gateway',
      targetId: gateway.id,
      changes: { name: gateway.name },
    });
    await em.flush();
    return gateway;
  });
}
