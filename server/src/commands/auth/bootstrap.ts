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
 * can log in at once. Uses PACER_ADMIN_PASSWORD when given, else generates one.
 */
export async function bootstrapFirstAdmin(
  em: EntityManager,
  opts: { tenant: string; email: string; password?: string },
): Promise<BootstrapResult> {
  return em.transactional(async (tx) => {
    // Two processes starting together must not both create an admin.
    await tx.execute('select pg_advisory_xact_lock(727001)');
    if ((await tx.count(User, {})) > 0) return { created: false };
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
      role: Role.ADMIN,
      passwordHash: await hashPassword(password),
    });
    tx.persist(user);
    await tx.flush();
    return { created: true, email: user.email, generatedPassword: opts.password ? undefined : password };
  });
}
