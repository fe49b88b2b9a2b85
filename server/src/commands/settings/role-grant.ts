import { Permission } from '../../auth/permission';
import { Role } from '../../domain/auth/role';
import { forbidden } from '../../errors/app-error';
import type { CommandContext } from '../command-context';

/** Roles that can manage a tenant's users: a tenant must always keep one of them active. */
export const ADMIN_ROLES: readonly Role[] = [Role.PLATFORM_ADMIN, Role.ADMIN];

/**
 * The platform operator's role is granted and taken away only by an operator: a tenant's
 * admin managing its own users must not be able to step out of its tenant (issue 21).
 */
export function assertMayAssignRole(ctx: CommandContext, from: Role | undefined, to: Role): void {
  if (from !== Role.PLATFORM_ADMIN && to !== Role.PLATFORM_ADMIN) return;
  if (from === to) return;
  if (!ctx.principal.permissions.has(Permission.PLATFORM)) {
    throw forbidden('Only the platform operator can grant or remove the PLATFORM_ADMIN role');
  }
}
