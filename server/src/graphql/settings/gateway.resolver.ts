import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { createGateway } from '../../commands/settings/create-gateway';
import { deleteGateway } from '../../commands/settings/delete-gateway';
import { updateGateway } from '../../commands/settings/update-gateway';
import { Gateway } from '../../entities/gateway.entity';
import { requirePrincipal, type Context } from '../context';
import { CreateGatewayInput, UpdateGatewayInput } from './gateway.input';
import { GatewayNode } from './gateway.type';

/** Trunks of the tenant. */
@Resolver(() => GatewayNode)
export class GatewayResolver {
  @Authorized(Permission.READ)
  @Query(() => [GatewayNode], { description: 'Gateways of your tenant, by name' })
  gateways(@Ctx() ctx: Context): Promise<Gateway[]> {
    return ctx.em.find(Gateway, { tenant: requirePrincipal(ctx).tenantId }, { orderBy: { name: 'asc' } });
  }

  @Authorized(Permission.READ)
  @Query(() => GatewayNode, { description: 'NOT_FOUND when it does not exist in your tenant' })
  gateway(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Gateway> {
    return loadOwned(ctx.em, Gateway, 'Gateway', id, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => GatewayNode, { description: 'CONFLICT when the name is taken in your tenant' })
  createGateway(@Ctx() ctx: Context, @Arg('input', () => CreateGatewayInput) input: CreateGatewayInput): Promise<Gateway> {
    return createGateway({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => GatewayNode, { description: 'Takes effect for the next calls, also of running campaigns' })
  updateGateway(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateGatewayInput) input: UpdateGatewayInput,
  ): Promise<Gateway> {
    return updateGateway({ ...ctx, principal: requirePrincipal(ctx) }, id, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => GatewayNode, { description: 'CONFLICT while a SCHEDULED, RUNNING or PAUSED campaign uses it' })
  deleteGateway(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Gateway> {
    return deleteGateway({ ...ctx, principal: requirePrincipal(ctx) }, id);
  }
}
