import { defaultCallsPerSecond } from '../../domain/campaign/default-speed';
import { Gateway } from '../../entities/gateway.entity';
import { Tenant } from '../../entities/tenant.entity';
import type { CreateGatewayData } from './gateway-data';
import { inTransaction, type CommandContext } from '../command-context';
import { assertNameFree } from './settings-guards';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { pickFields } from '../audit/audit-changes';

/** Adds a trunk to the caller's tenant; the name must be free there. */
export function createGateway(ctx: CommandContext, input: CreateGatewayData): Promise<Gateway> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const name = input.name.trim();
    await assertNameFree(em, Gateway, 'Gateway', tenantId, name);
    const gateway = new Gateway();
    gateway.tenant = em.getReference(Tenant, tenantId);
    gateway.name = name;
    gateway.dialString = input.dialString.trim();
    if (input.enabled != null) gateway.enabled = input.enabled;
    if (input.maxConcurrent != null) gateway.maxConcurrent = input.maxConcurrent;
    // Without a speed of its own: half its concurrency per second (domain/campaign/default-speed.ts).
    gateway.callsPerSecond = input.callsPerSecond ?? defaultCallsPerSecond(gateway.maxConcurrent);
    em.persist(gateway);
    recordAudit(em, ctx, {
      action: AuditAction.GATEWAY_CREATED,
      targetType: 'Gateway',
      targetId: gateway.id,
      changes: pickFields(gateway, ['name', 'dialString', 'enabled', 'maxConcurrent', 'callsPerSecond']),
    });
    await em.flush();
    return gateway;
  });
}
