import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal';
import type { AuditAction } from '../../domain/audit/audit-action';
import { AuditEntry } from '../../entities/audit-entry.entity';
import { ActorKind } from '../../entities/campaign-event.entity';
import { withoutSecrets } from './audit-changes';

/** What a command says about its change; the actor comes from the context. */
export interface AuditInput {
  action: AuditAction;
  /** The tenant the change concerns; default: the actor's own (the operator's tenant commands pass the tenant they act on). */
  tenantId?: string;
  /** User, ApiKey, Gateway, Calendar, DncList, TenantSettings, Tenant. */
  targetType: string;
  targetId?: string;
  /**
   * What changed: `{ field: { from, to } }` for an update (fieldChanges() in audit-changes.ts),
   * the fields set for a creation. Never pass a secret: fields named like a password, hash,
   * secret or token are dropped here anyway, at every depth.
   */
  changes?: Record<string, unknown>;
}

/**
 * Issue 21: writes one audit entry inside the caller's transaction, so the log holds a change
 * exactly when the change committed. Call it with the transaction's EntityManager (the `em` of
 * inTransaction) before it ends; the entry is flushed with the change. `ctx.principal` is the
 * actor; null = the system (the first start).
 *
 *   recordAudit(em, ctx, { action: AuditAction.USER_CREATED, targetType: 'User', targetId: user.id, changes: { email } });
 */
export function recordAudit(em: EntityManager, ctx: { principal: Principal | null }, entry: AuditInput): AuditEntry {
  const actor = ctx.principal;
  const tenantId = entry.tenantId ?? actor?.tenantId;
  if (!tenantId) throw new Error(`recordAudit(${entry.action}): a system change must name its tenant`);
  const row = em.create(AuditEntry, {
    tenantId,
    actorKind: actor ? (actor.kind === 'USER' ? ActorKind.USER : ActorKind.API_KEY) : ActorKind.SYSTEM,
    actorId: actor?.id,
    actorLabel: actor?.label ?? 'system',
    actorTenantId: actor?.tenantId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    changes: withoutSecrets(entry.changes ?? {}),
    at: new Date(),
  });
  em.persist(row);
  return row;
}
