import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { hashToken, newToken, SESSION_PREFIX } from '../../auth/tokens';
import { tenantSuspended } from '../../auth/suspension';
import { TenantStatus } from '../../domain/tenant/tenant-status';
import { Session } from '../../entities/session.entity';
import { User } from '../../entities/user.entity';
import { ErrorCode, isAppError, unauthenticated } from '../../errors/app-error';
import type { LoginThrottle } from '../../limits/login-throttle';

// Verified against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

/** Where a login comes from, for throttling guesses by account and by client address. */
export interface LoginThrottling {
  throttle: LoginThrottle;
  address: string | null;
}

/**
 * Checks a password and opens a session; the same answer for a wrong email or password.
 * With `throttling`, repeated failures earn growing waits and a lockout (TOO_MANY_REQUESTS).
 */
export async function login(
  em: EntityManager,
  email: string,
  password: string,
  ttlHours: number,
  throttling: LoginThrottling | null = null,
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const open = () => openSession(em, email, password, ttlHours);
  if (!throttling) return open();
  return throttling.throttle.guard({ email, address: throttling.address }, open, (err) => isAppError(err, ErrorCode.UNAUTHENTICATED));
}

async function openSession(
  em: EntityManager,
  email: string,
  password: string,
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const user = await em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['tenant'] });
  if (!user) {
    dummyHash ??= hashPassword('not-a-password');
    await verifyPassword(await dummyHash, password);
    throw unauthenticated('Wrong email or password');
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw unauthenticated('Wrong email or password');
  if (user.disabled) throw unauthenticated('This user is disabled; ask an administrator');
  // Only after the password: the suspension is not told to someone who does not know it.
  if (user.tenant.status === TenantStatus.SUSPENDED) throw tenantSuspended(user.tenant.suspendedReason ?? 'no reason given');
  const token = newToken(SESSION_PREFIX);
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  em.create(Session, { user, tokenHash: hashToken(token), expiresAt, createdAt: new Date() });
  await em.flush();
  return { token, expiresAt, user };
}
