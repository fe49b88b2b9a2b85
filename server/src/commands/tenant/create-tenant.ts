import { AuditAction } from '../../domain/audit/audit-action';
import { recordAudit } from '../audit/record-audit';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../auth/passwords';
import { Role } from '../../domain/auth/role';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import { Tenant } from '../../entities/tenant.entity';
import { User } from '../../entities/user.entity';
import { badInput, conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { checkCaps, checkTenantName } from './load-tenant';
import type { CreateTenantData } from './tenant-data';

export interface CreatedTenant {
  tenant: Tenant;
  adminEmail: string;
  /** Only when the operator gave none: returned this once, stored only as a hash. */
  generatedPassword: string | null;
}

/**
 * The platform operator opens a tenant: the tenant with its caps, its settings (limits start
 * at the caps, the default compliance profile as for every new tenant) and its first ADMIN,
 * in one transaction. Emails are unique across tenants, so a taken one is CONFLICT on
 * adminEmail without saying where.
 */
export async function createTenant(ctx: CommandContext, input: CreateTenantData): Promise<CreatedTenant> {
  checkCaps(input);
  const email = input.adminEmail.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw badInput('adminEmail', 'must be an email address');
  if (input.adminPassword != null && input.adminPassword.length < 8) throw badInput('adminPassword', 'must be at least 8 characters');
  const generatedPassword = input.adminPassword == null ? randomBytes(12).toString('base64url') : null;
  // Hash outside the transaction: argon2 takes a while and holds no lock.
  const passwordHash = await hashPassword(input.adminPassword ?? generatedPassword ?? '');
  return inTransaction(ctx, async (em) => {
    const name = await checkTenantName(em, input.name);
    if ((await em.count(User, { email })) > 0)
      throw conflict(`The email ${email} is already in use; choose another`, { field: 'adminEmail' });
    const tenant = em.create(Tenant, {
      name,
      createdAt: new Date(),
      capMaxConcurrentCalls: input.maxConcurrentCalls ?? null,
      capCallsPerSecond: input.callsPerSecond ?? null,
      capMaxActiveCampaigns: input.maxActiveCampaigns ?? null,
    });
    const settings = new TenantSettings();
    settings.tenant = tenant;
    if (input.maxConcurrentCalls != null) {
      settings.maxTotalCalls = input.maxConcurrentCalls;
      settings.maxInternalCalls = input.maxConcurrentCalls;
      settings.maxExternalCalls = input.maxConcurrentCalls;
    }
    if (input.callsPerSecond != null) settings.callsPerSecond = input.callsPerSecond;
    if (input.maxActiveCampaigns != null) settings.maxActiveCampaigns = input.maxActiveCampaigns;
    const admin = new User();
    Object.assign(admin, { tenant, email, name: 'Administrator', role: Role.ADMIN, passwordHash });
    em.persist([settings, admin]);
    const caps = {
      maxConcurrentCalls: tenant.capMaxConcurrentCalls,
      callsPerSecond: tenant.capCallsPerSecond,
      maxActiveCampaigns: tenant.capMaxActiveCampaigns,
    };
    recordAudit(em, ctx, {
      action: AuditAction.TENANT_CREATED,
      tenantId: tenant.id,
      targetType: 'Tenant',
      targetId: tenant.id,
      changes: { name, adminEmail: email, ...caps },
    });
    await em.flush();
    return { tenant, adminEmail: email, generatedPassword };
  });
}
