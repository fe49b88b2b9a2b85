import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../auth/passwords';
import { Role } from '../../domain/auth/role';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import { Tenant } from '../../entities/tenant.entity';
import { User } from '../../entities/user.entity';

export interface BootstrapResult {
  created: boolean;
  email?: string;
  /** Only when generated: printed once, never stored in clear. */
  generatedPassword?: string;
}

/**
 * On a database with no user at all, creates the first tenant and admin so a new install
 * can log in at once. Uses PACER_ADMIN_PASSWORD when given, else generates one. That admin is
 * the platform operator (PLATFORM_ADMIN); a database from before the role existed gets its
 * oldest active admin promoted, so every install has exactly one way in to manage tenants.
 */
export async function bootstrapFirstAdmin(
  em: EntityManager,
  opts: { tenant: string; email: string; password?: string },
): Promise<BootstrapResult> {
  return em.transactional(async (tx) => {
    // Two processes starting together must not both create an admin.
    await tx.execute('select pg_advisory_xact_lock(727001)');
    if ((await tx.count(User, {})) > 0) {
      await ensureOperator(tx);
      return { created: false };
    }
    const password = opts.password ?? randomBytes(12).toString('base64url');
    const tenant = (await tx.findOne(Tenant, { name: opts.tenant })) ?? tx.create(Tenant, { name: opts.tenant, createdAt: new Date() });
    if (!(await tx.findOne(TenantSettings, { tenant }))) {
      const settings = new TenantSettings();
      settings.tenant = tenant;
      tx.persist(settings);
    }
    const user = new User();
    Object.assign(user, {
      tenant,
      email: opts.email.toLowerCase(),
      name: 'Administrator',
      role: Role.PLATFORM_ADMIN,
      passwordHash: await hashPassword(password),
    });
    tx.persist(user);
    await tx.flush();
    return { created: true, email: user.email, generatedPassword: opts.password ? undefined : password };
  });
}

async function ensureOperator(tx: EntityManager): Promise<void> {
  if ((await tx.count(User, { role: Role.PLATFORM_ADMIN })) > 0) return;
  const oldest = await tx.findOne(User, { role: Role.ADMIN, disabled: false }, { orderBy: { createdAt: 'asc' } });
  if (!oldest) return;
  oldest.role = Role.PLATFORM_ADMIN;
  await tx.flush();
}
