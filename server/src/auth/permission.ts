import { ApiScope, Role } from '../domain/auth/role';

/** What a resolver demands; roles and API-key scopes both grant sets of these. */
export enum Permission {
  READ = 'READ',
  CAMPAIGNS_WRITE = 'CAMPAIGNS_WRITE',
  RECIPIENTS_WRITE = 'RECIPIENTS_WRITE',
  RESULTS_WRITE = 'RESULTS_WRITE',
  SETTINGS_WRITE = 'SETTINGS_WRITE',
  ADMIN = 'ADMIN',
  /** The platform operator's: every tenant, their caps and their campaigns. Never an API key's. */
  PLATFORM = 'PLATFORM',
}

const ALL = Object.values(Permission);
/** Everything inside one tenant: what a tenant's admin and an ADMIN-scoped key get. */
const TENANT_ALL = ALL.filter((p) => p !== Permission.PLATFORM);

// Supervisors run campaigns but do not manage users, keys or tenant-wide limits.
const BY_ROLE: Record<Role, readonly Permission[]> = {
  [Role.PLATFORM_ADMIN]: ALL,
  [Role.ADMIN]: TENANT_ALL,
  [Role.SUPERVISOR]: [Permission.READ, Permission.CAMPAIGNS_WRITE, Permission.RECIPIENTS_WRITE, Permission.RESULTS_WRITE],
  [Role.AGENT]: [Permission.READ, Permission.RESULTS_WRITE],
};

const BY_SCOPE: Record<ApiScope, readonly Permission[]> = {
  [ApiScope.READ]: [Permission.READ],
  [ApiScope.CAMPAIGNS_WRITE]: [Permission.READ, Permission.CAMPAIGNS_WRITE],
  [ApiScope.RECIPIENTS_WRITE]: [Permission.READ, Permission.RECIPIENTS_WRITE],
  [ApiScope.RESULTS_WRITE]: [Permission.READ, Permission.RESULTS_WRITE],
  [ApiScope.SETTINGS_WRITE]: [Permission.READ, Permission.SETTINGS_WRITE],
  [ApiScope.ADMIN]: TENANT_ALL,
};

export function permissionsOfRole(role: Role): ReadonlySet<Permission> {
  return new Set(BY_ROLE[role]);
}

export function permissionsOfScopes(scopes: readonly ApiScope[]): ReadonlySet<Permission> {
  return new Set(scopes.flatMap((s) => BY_SCOPE[s] ?? []));
}
