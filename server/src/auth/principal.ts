import type { Role } from '../domain/auth/role';
import type { Permission } from './permission';

/** Who is calling: a logged-in user or an API key, always inside exactly one tenant. */
export interface Principal {
  kind: 'USER' | 'API_KEY';
  id: string;
  /** Shown in history: the user's email or the key's name. */
  label: string;
  tenantId: string;
  role?: Role;
  permissions: ReadonlySet<Permission>;
  /** The login session behind a USER principal (logout ends it). */
  sessionId?: string;
  /** Set when the principal's tenant is suspended (the operator's reason): every request is refused with it (auth/suspension.ts). */
  suspendedReason?: string;
}
