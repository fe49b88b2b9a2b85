import type { EntityManager } from '@mikro-orm/postgresql';
import { type Role } from '../../domain/auth/role';
import { Session } from '../../entities/session.entity';
import { User } from '../../entities/user.entity';
import { conflict } from '../../errors/app-error';
import type { UpdateUserData } from './user-data';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { ADMIN_ROLES, assertMayAssignRole } from './role-grant';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { fieldChanges, snapshotFields } from '../audit/audit-changes';

/**
 * Changes a user's name, role or disabled flag. Role and disabled apply on the user's next
 * request (sessions are checked each time); disabling also ends their sessions. Refused
 * (CONFLICT): disabling or demoting yourself, or leaving the tenant with no active admin.
 */
const AUDITED = ['name', 'role', 'disabled'] as const;

export function updateUser(ctx: CommandContext, id: string, input: UpdateUserData): Promise<User> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    // One admin-changing transaction per tenant at a time: two admins demoting each other
    // concurrently would otherwise both see the other as the remaining admin.
    await em.execute('select pg_advisory_xact_lock(727002, hashtext(?))', [tenantId]);
    const user = await loadOwned(em, User, 'User', id, tenantId, {}, { lock: true });
    const before = snapshotFields(user, AUDITED);
    const role = input.role ?? user.role;
    assertMayAssignRole(ctx, user.role, role);
    const disabled = input.disabled ?? user.disabled;
    const isAdmin = (r: Role): boolean => ADMIN_ROLES.includes(r);
    const losesAdmin = isAdmin(user.role) && !user.disabled && (!isAdmin(role) || disabled);
    if (losesAdmin) await assertMayLoseAdmin(ctx, em, user, disabled);
    if (input.name != null) user.name = input.name.trim();
    user.role = role;
    user.disabled = disabled;
    if (disabled) await em.nativeDelete(Session, { user: user.id });
    const changes = fieldChanges(before, user, AUDITED);
    if (Object.keys(changes).length > 0) {
      recordAudit(em, ctx, {
        action: AuditAction.USER_UPDATED,
        targetType: 'User',
        targetId: user.id,
        changes: { email: user.email, ...changes },
      });
    }
    await em.flush();
    return user;
  });
}

async function assertMayLoseAdmin(ctx: CommandContext, em: EntityManager, user: User, disabling: boolean): Promise<void> {
  if (ctx.principal.kind === 'USER' && ctx.principal.id === user.id) {
    throw conflict(
      disabling ? 'You cannot disable yourself; ask another admin' : 'You cannot remove your own admin role; ask another admin',
    );
  }
  // The tenant must keep someone who can manage users.
  const others = await em.count(User, {
    tenant: ctx.principal.tenantId,
    role: { $in: [...ADMIN_ROLES] },
    disabled: false,
    id: { $ne: user.id },
  });
  if (others === 0) throw conflict(`${user.email} is the last active admin of this tenant; make someone else admin first`);
}
