import type express from 'express';
import type { Permission } from '../auth/permission';
import type { Principal } from '../auth/principal';
import { tenantSuspended } from '../auth/suspension';
import type { Context } from '../graphql/context';
import type { RouteDeps } from './api-server';

/**
 * The GraphQL auth for a plain route: 401 without a valid token, 403 without the permission or
 * when the tenant is suspended (with the operator's reason),
 * 429 with Retry-After once the credentials' request budget is spent (the same budget as GraphQL).
 */
export async function authorizeRoute(
  req: express.Request,
  res: express.Response,
  deps: RouteDeps,
  permission: Permission,
): Promise<(Context & { principal: Principal }) | null> {
  const ctx = await deps.contextFor(req.headers.authorization, req.ip ?? null);
  const principal = ctx.principal;
  if (!principal) {
    res.setHeader('connection', 'close');
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in or send an API key: Authorization: Bearer <token>' } });
    return null;
  }
  if (principal.suspendedReason !== undefined) {
    res.setHeader('connection', 'close');
    res
      .status(403)
      .json({ error: { code: 'FORBIDDEN', reason: 'TENANT_SUSPENDED', message: tenantSuspended(principal.suspendedReason).message } });
    return null;
  }
  if (!principal.permissions.has(permission)) {
    res.setHeader('connection', 'close');
    res.status(403).json({ error: { code: 'FORBIDDEN', message: `This needs the ${permission} permission` } });
    return null;
  }
  const wait = await ctx.limits.requests.spend(principal);
  if (wait !== null) {
    // An upload's body is not read: close rather than drain it.
    res.setHeader('connection', 'close');
    res.setHeader('retry-after', String(wait));
    const message = `The request budget of these credentials is spent; try again in ${wait} s`;
    res.status(429).json({ error: { code: 'TOO_MANY_REQUESTS', message, retryAfterSeconds: wait } });
    return null;
  }
  return { ...ctx, principal };
}
