import { AppError, ErrorCode } from '../errors/app-error';
import type { Principal } from './principal';

/**
 * A suspended tenant's users and keys are refused on every request (issue 21), HTTP and
 * WebSocket, with the operator's reason: FORBIDDEN, `extensions.reason` TENANT_SUSPENDED.
 * The principal carries the tenant's status from its lookup (authenticate.ts).
 */
export function tenantSuspended(reason: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, `This organisation is suspended: ${reason}`, { reason: 'TENANT_SUSPENDED' });
}

/** Throws FORBIDDEN when the principal's tenant is suspended. */
export function refuseSuspended(principal: Principal | null): void {
  if (principal?.suspendedReason !== undefined) throw tenantSuspended(principal.suspendedReason);
}
