import { hashPassword } from '../../auth/passwords';
import { Session } from '../../entities/session.entity';
import { User } from '../../entities/user.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { recordAudit } from '../audit/record-audit';
import { AuditAction } from '../../domain/audit/audit-action';

/**
 * Sets a user's password and signs them out everywhere (except the caller's own session when
 * admins reset their own), so a leaked password stops working at once.
 */
export async function resetUserPassword(ctx: CommandContext, id: string, password: string): Promise<User> {
  // Hash outside the transaction: argon2 takes a while and holds no lock.
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (em) => {
    const user = await loadOwned(em, User, 'User', id, ctx.principal.tenantId, {}, { lock: true });
    user.passwordHash = passwordHash;
    const keep = ctx.principal.sessionId;
    const sessionsEnded = await em.nativeDelete(Session, { user: user.id, ...(keep ? { id: { $ne: keep } } : {}) });
    // Who reset whose password and what it cut off; never the password or its hash.
    recordAudit(em, ctx, {
      action: AuditAction.USER_PASSWORD_RESET,
      targetType: 'User',
      targetId: user.id,
      changes: { email: user.email, sessionsEnded },
    });
    await em.flush();
    return user;
  });
}
