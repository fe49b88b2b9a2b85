import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { createTenant, type CreatedTenant } from '../../commands/tenant/create-tenant';
import { resumeTenant } from '../../commands/tenant/resume-tenant';
import { suspendTenant } from '../../commands/tenant/suspend-tenant';
import { updateTenant } from '../../commands/tenant/update-tenant';
import type { Tenant } from '../../entities/tenant.entity';
import { requirePrincipal, type Context } from '../context';
import { CreateTenantInput } from './create-tenant.input';
import { CreateTenantPayload } from './create-tenant-payload.type';
import { TenantNode } from './tenant.type';
import { UpdateTenantInput } from './update-tenant.input';

/** The platform operator's changes to tenants: open, cap, rename, suspend, resume. Never an API key's. */
@Resolver()
export class TenantAdminResolver {
  @Authorized(Permission.PLATFORM)
  @Mutation(() => CreateTenantPayload, {
    description: 'A tenant with its settings (limits start at the caps) and its first ADMIN; CONFLICT naming name or adminEmail when taken',
  })
  createTenant(@Ctx() ctx: Context, @Arg('input', () => CreateTenantInput) input: CreateTenantInput): Promise<CreatedTenant> {
    return createTenant({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.PLATFORM)
  @Mutation(() => TenantNode, {
    description: 'Renames or re-caps a tenant; its own limits stay, the dialer uses the lower of limit and cap',
  })
  updateTenant(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTenantInput) input: UpdateTenantInput,
  ): Promise<Tenant> {
    return updateTenant({ ...ctx, principal: requirePrincipal(ctx) }, id, input);
  }

  @Authorized(Permission.PLATFORM)
  @Mutation(() => TenantNode, {
    description:
      "Pauses its running campaigns and refuses its users and keys (FORBIDDEN with the reason) until resumed; CONFLICT for the operator's own tenant",
  })
  suspendTenant(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Tenant> {
    return suspendTenant({ ...ctx, principal: requirePrincipal(ctx) }, id, reason);
  }

  @Authorized(Permission.PLATFORM)
  @Mutation(() => TenantNode, {
    description: 'ACTIVE again; resumes the campaigns the suspension paused (others stay as they are); CONFLICT when not suspended',
  })
  resumeTenant(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Tenant> {
    return resumeTenant({ ...ctx, principal: requirePrincipal(ctx) }, id);
  }
}
