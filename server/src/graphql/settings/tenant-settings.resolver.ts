import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { readTenantSettings } from '../../commands/settings/tenant-settings-row';
import { updateTenantSettings } from '../../commands/settings/update-tenant-settings';
import { capsOf } from '../../commands/tenant/load-tenant';
import type { TenantCaps } from '../../domain/tenant/tenant-caps';
import type { TenantSettings } from '../../entities/tenant-settings.entity';
import { Tenant } from '../../entities/tenant.entity';
import { TenantCapsNode } from '../tenancy/tenant-caps.type';
import { requirePrincipal, type Context } from '../context';
import { UpdateTenantSettingsInput } from './tenant-settings.input';
import { TenantSettingsNode } from './tenant-settings.type';

/** The tenant's global limits. Anyone may read them; only admins change them. */
@Resolver(() => TenantSettingsNode)
export class TenantSettingsResolver {
  @Authorized(Permission.READ)
  @Query(() => TenantSettingsNode, { description: "Your tenant's global limits (defaults until first changed)" })
  settings(@Ctx() ctx: Context): Promise<TenantSettings> {
    return readTenantSettings(ctx.em, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => TenantSettingsNode, { description: 'Changes only the limits given; the dialer applies them on its next decision' })
  updateSettings(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateTenantSettingsInput) input: UpdateTenantSettingsInput,
  ): Promise<TenantSettings> {
    return updateTenantSettings({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @FieldResolver(() => TenantCapsNode, { description: "The platform operator's ceilings on these limits (null fields: no cap)" })
  async caps(@Root() settings: TenantSettings, @Ctx() ctx: Context): Promise<TenantCaps> {
    return capsOf(await ctx.em.findOneOrFail(Tenant, { id: settings.tenant.id }));
  }
}
