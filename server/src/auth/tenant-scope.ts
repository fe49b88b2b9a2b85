import { forbidden } from '../errors/app-error';
import { Permission } from './permission';
import type { Principal } from './principal';

/**
 * Issue 21: the one rule for reads that name tenants (`tenantIds` on campaigns and the audit
 * log). Only the platform operator may name another tenant; anyone may name only their own.
 * Returns the ids named (deduplicated), or null when none were named: each query then picks
 * its own default (its caller's tenant, or every tenant for the operator's audit log).
 */
export function namedTenants(principal: Principal, tenantIds: readonly string[] | null | undefined, what: string): string[] | null {
  if (!tenantIds || tenantIds.length === 0) return null;
  const ids = [...new Set(tenantIds)];
  if (!isOperator(principal) && ids.some((id) => id !== principal.tenantId)) {
    throw forbidden(
      `Only the platform operator may read other tenants' ${what}; tenantIds may name only your own tenant (${principal.tenantId})`,
    );
  }
  return ids;
}

/** The platform operator (Permission.PLATFORM: a PLATFORM_ADMIN user, never an API key). */
export function isOperator(principal: Principal): boolean {
  return principal.permissions.has(Permission.PLATFORM);
}
