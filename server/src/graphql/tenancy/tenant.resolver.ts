import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { capsOf, loadTenant } from '../../commands/tenant/load-tenant';
import type { TenantCaps } from '../../domain/tenant/tenant-caps';
import { Tenant } from '../../entities/tenant.entity';
import type { TenantUsageFigures } from '../../reports/tenant-usage';
import type { Context } from '../context';
import { TenantCapsNode } from './tenant-caps.type';
import { TenantUsageNode } from './tenant-usage.type';
import { TenantNode } from './tenant.type';

/** The platform operator's view of every tenant: status, caps and usage. */
@Resolver(() => TenantNode)
export class TenantResolver {
  @Authorized(Permission.PLATFORM)
  @Query(() => [TenantNode], { description: 'Every tenant, by name (platform operator only)' })
  tenants(@Ctx() ctx: Context): Promise<Tenant[]> {
    return ctx.em.find(Tenant, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized(Permission.PLATFORM)
  @Query(() => TenantNode, { description: 'One tenant (platform operator only); NOT_FOUND when it does not exist' })
  tenant(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Tenant> {
    return loadTenant(ctx.em, id);
  }

  @FieldResolver(() => TenantCapsNode)
  caps(@Root() tenant: Tenant): TenantCaps {
    return capsOf(tenant);
  }

  @FieldResolver(() => TenantUsageNode, { description: 'Read now; all tenants of a response in one grouped query' })
  usage(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<TenantUsageFigures> {
    return ctx.loaders.tenantUsage.load(tenant.id);
  }
}
