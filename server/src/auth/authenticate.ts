import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from '../entities/api-key.entity';
import { Session } from '../entities/session.entity';
import type { Tenant } from '../entities/tenant.entity';
import { TenantStatus } from '../domain/tenant/tenant-status';
import { permissionsOfRole, permissionsOfScopes } from './permission';
import type { Principal } from './principal';
import { API_KEY_PREFIX, hashToken, SESSION_PREFIX } from './tokens';

/**
 * Turns an `Authorization` value (HTTP header or graphql-ws connectionParams) into a
 * principal, or null when absent or not valid. Resolvers decide whether null is an error.
 */
export async function authenticate(em: EntityManager, authorization: unknown): Promise<Principal | null> {
  const token = tokenOf(authorization);
  if (token?.startsWith(SESSION_PREFIX)) return fromSession(em, token);
  if (token?.startsWith(API_KEY_PREFIX)) return fromApiKey(em, token);
  return null;
}

/** The token of an `Authorization` value when it has the shape of one of ours, else null (no lookup needed). */
export function tokenOf(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const token = authorization.replace(/^Bearer\s+/i, '').trim();
  return token.startsWith(SESSION_PREFIX) || token.startsWith(API_KEY_PREFIX) ? token : null;
}

async function fromSession(em: EntityManager, token: string): Promise<Principal | null> {
  const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user', 'user.tenant'] });
  if (!session || session.expiresAt < new Date() || session.user.disabled) return null;
  const user = session.user;
  return {
    kind: 'USER',
    id: user.id,
    label: user.email,
    tenantId: user.tenant.id,
    role: user.role,
    permissions: permissionsOfRole(user.role),
    sessionId: session.id,
    ...suspension(user.tenant),
  };
}

async function fromApiKey(em: EntityManager, token: string): Promise<Principal | null> {
  const key = await em.findOne(ApiKey, { keyHash: hashToken(token) }, { populate: ['tenant'] });
  if (!key || key.revokedAt) return null;
  // Best effort and outside any transaction: a failed touch must not fail the request.
  await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date() }).catch(() => undefined);
  return {
    kind: 'API_KEY',
    id: key.id,
    label: `key:${key.name}`,
    tenantId: key.tenant.id,
    permissions: permissionsOfScopes(key.scopes),
    ...suspension(key.tenant),
  };
}

/** A suspended tenant's reason, carried on its principals so every request can be refused with it. */
function suspension(tenant: Tenant): Pick<Principal, 'suspendedReason'> {
  return tenant.status === TenantStatus.SUSPENDED ? { suspendedReason: tenant.suspendedReason ?? 'no reason given' } : {};
}
