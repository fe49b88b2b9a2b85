import { API_KEY_PREFIX, hashToken, newToken } from '../../auth/tokens';
import { ApiKey } from '../../entities/api-key.entity';
import { Tenant } from '../../entities/tenant.entity';
import type { CreateApiKeyData } from './api-key-data';
import { inTransaction, type CommandContext } from '../command-context';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';

/** Characters of the key kept in clear: the type prefix plus enough to tell keys apart. */
const SHOWN = API_KEY_PREFIX.length + 8;

export interface CreatedApiKey {
  /** The clear key: returned once, stored only as a hash. */
  key: string;
  apiKey: ApiKey;
}

/** Issues a key for the caller's tenant with the given scopes (duplicates dropped). */
export function createApiKey(ctx: CommandContext, input: CreateApiKeyData): Promise<CreatedApiKey> {
  return inTransaction(ctx, async (em) => {
    const key = newToken(API_KEY_PREFIX);
    const apiKey = new ApiKey();
    apiKey.tenant = em.getReference(Tenant, ctx.principal.tenantId);
    apiKey.name = input.name.trim();
    apiKey.prefix = key.slice(0, SHOWN);
    apiKey.keyHash = hashToken(key);
    apiKey.scopes = [...new Set(input.scopes)];
    em.persist(apiKey);
    // Name and scopes only: the key, its prefix and its hash stay out of the log.
    recordAudit(em, ctx, {
      action: AuditAction.API_KEY_CREATED,
      targetType: 'ApiKey',
      targetId: apiKey.id,
      changes: { name: apiKey.name, scopes: apiKey.scopes },
    });
    await em.flush();
    return { key, apiKey };
  });
}
