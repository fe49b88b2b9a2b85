import { hashPassword } from '../../auth/passwords';
import { Tenant } from '../../entities/tenant.entity';
import { User } from '../../entities/user.entity';
import { conflict } from '../../errors/app-error';
import type { CreateUserData } from './user-data';
import { inTransaction, type CommandContext } from '../command-context';
import { assertMayAssignRole } from './role-grant';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';
import { pickFields } from '../audit/audit-changes';

/**
 * Adds a user to the caller's tenant. Emails are unique across tenants (login needs no
 * tenant name), so the conflict message says only that the email is taken, not where.
 */
export async function createUser(ctx: CommandContext, input: CreateUserData): Promise<User> {
  assertMayAssignRole(ctx, undefined, input.role);
  // Hash outside the transaction: argon2 takes a while and holds no lock.
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (em) => {
    const email = input.email.trim().toLowerCase();
    if ((await em.count(User, { email })) > 0) throw conflict(`The email ${email} is already in use; choose another`, { field: 'email' });
    const user = new User();
    user.tenant = em.getReference(Tenant, ctx.principal.tenantId);
    user.email = email;
    user.name = input.name.trim();
    user.role = input.role;
    user.passwordHash = passwordHash;
    em.persist(user);
    recordAudit(em, ctx, {
      action: AuditAction.USER_CREATED,
      targetType: 'User',
      targetId: user.id,
      changes: pickFields(user, ['email', 'name', 'role']),
    });
    await em.flush();
    return user;
  });
}
