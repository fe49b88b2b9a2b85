import { ApiKey } from '../../entities/api-key.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';

/**
 * Revokes a key: authentication checks revokedAt on every request, so the next call with it
 * is UNAUTHENTICATED. Revoking again keeps the first revocation time.
 */
export function revokeApiKey(ctx: CommandContext, id: string): Promise<ApiKey> {
  return inTransaction(ctx, async (em) => {
    const apiKey = await loadOwned(em, ApiKey, 'API key', id, ctx.principal.tenantId, {}, { lock: true });
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      recordAudit(em, ctx, {
        action: AuditAction.API_KEY_REVOKED,
        targetType: 'ApiKey',
        targetId: apiKey.id,
        changes: { name: apiKey.name },
      });
    }
    await em.flush();
    return apiKey;
  });
}
