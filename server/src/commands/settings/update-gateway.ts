import { defaultCallsPerSecond, isDefaultSpeed } from '../../domain/campaign/default-speed';
import { Gateway } from '../../entities/gateway.entity';
import type { UpdateGatewayData } from './gateway-data';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { assertNameFree } from './settings-guards';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { fieldChanges, snapshotFields } from '../audit/audit-changes';

const AUDITED = ['name', 'dialString', 'enabled', 'maxConcurrent', 'callsPerSecond'] as const;

/**
 * Changes a trunk. Allowed while campaigns run: limits and the dial string apply to the
 * next calls placed, which is how a supervisor throttles a struggling trunk.
 */
export function updateGateway(ctx: CommandContext, id: string, input: UpdateGatewayData): Promise<Gateway> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const gateway = await loadOwned(em, Gateway, 'Gateway', id, tenantId, {}, { lock: true });
    const before = snapshotFields(gateway, AUDITED);
    if (input.name != null) {
      const name = input.name.trim();
      await assertNameFree(em, Gateway, 'Gateway', tenantId, name, gateway.id);
      gateway.name = name;
    }
    if (input.dialString != null) gateway.dialString = input.dialString.trim();
    if (input.enabled != null) gateway.enabled = input.enabled;
    // A speed left at its default follows the concurrency (domain/campaign/default-speed.ts).
    const speedIsDefault = isDefaultSpeed(gateway.callsPerSecond, gateway.maxConcurrent);
    if (input.maxConcurrent != null) gateway.maxConcurrent = input.maxConcurrent;
    if (input.callsPerSecond != null) gateway.callsPerSecond = input.callsPerSecond;
    else if (speedIsDefault) gateway.callsPerSecond = defaultCallsPerSecond(gateway.maxConcurrent);
    const changes = fieldChanges(before, gateway, AUDITED);
    if (Object.keys(changes).length > 0) {
      recordAudit(em, ctx, { action: AuditAction.GATEWAY_UPDATED, targetType: 'Gateway', targetId: gateway.id, changes });
    }
    await em.flush();
    return gateway;
  });
}
