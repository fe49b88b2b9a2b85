import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { login } from '../../commands/auth/login';
import { Session } from '../../entities/session.entity';
import { Tenant } from '../../entities/tenant.entity';
import { requirePrincipal, type Context } from '../context';
import { LoginResult } from './login-result.type';
import { Viewer } from './viewer.type';

/** Session lifetime in hours; set once at start from config (SESSION_TTL_HOURS). */
export const sessionSettings = { ttlHours: 12 };

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description:
      'UNAUTHENTICATED on a wrong email or password; TOO_MANY_REQUESTS (extensions.retryAfterSeconds) while the account or address must wait after repeated failures',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginResult> {
    return login(ctx.em, email, password, sessionSettings.ttlHours, { throttle: ctx.limits.login, address: ctx.clientAddress });
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the token used for this request' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const principal = requirePrincipal(ctx);
    if (!principal.sessionId) return false;
    await ctx.em.nativeDelete(Session, { id: principal.sessionId });
    return true;
  }

  @Query(() => Viewer, { description: 'Who the current credentials belong to' })
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    const p = requirePrincipal(ctx);
    const tenant = await ctx.em.findOneOrFail(Tenant, { id: p.tenantId });
    return {
      id: p.id,
      kind: p.kind,
      label: p.label,
      tenantId: p.tenantId,
      tenantName: tenant.name,
      role: p.role,
      permissions: [...p.permissions],
    };
  }
}
