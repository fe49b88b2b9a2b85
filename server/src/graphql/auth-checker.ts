import type { AuthChecker } from 'type-graphql';
import type { Permission } from '../auth/permission';
import type { Context } from './context';
import { forbidden, unauthenticated } from '../errors/app-error';

/**
 * `@Authorized(Permission.X)`: no principal -> UNAUTHENTICATED;
 * a principal lacking the permission -> FORBIDDEN with the permission named.
 */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, required) => {
  const principal = context.principal;
  if (!principal) throw unauthenticated();
  const missing = required.filter((p) => !principal.permissions.has(p));
  if (missing.length > 0) throw forbidden(`This needs the ${missing.join(', ')} permission`);
  return true;
};
