import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { createApiKey, type CreatedApiKey } from '../../commands/settings/create-api-key';
import { revokeApiKey } from '../../commands/settings/revoke-api-key';
import { ApiKey } from '../../entities/api-key.entity';
import { requirePrincipal, type Context } from '../context';
import { ApiKeyNode } from './api-key.type';
import { CreateApiKeyInput } from './api-key.input';
import { CreateApiKeyPayload } from './create-api-key-payload.type';

/** Integrators' keys; admins only, since a key can carry any scope. */
@Resolver(() => ApiKeyNode)
export class ApiKeyResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => [ApiKeyNode], { description: 'Keys of your tenant, newest first, revoked ones included' })
  apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return ctx.em.find(ApiKey, { tenant: requirePrincipal(ctx).tenantId }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  }

  @Authorized(Permission.ADMIN)
  @Query(() => ApiKeyNode, { description: 'NOT_FOUND when it does not exist in your tenant' })
  apiKey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return loadOwned(ctx.em, ApiKey, 'API key', id, requirePrincipal(ctx).tenantId);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'The clear key is in this answer only; store it now' })
  createApiKey(@Ctx() ctx: Context, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return createApiKey({ ...ctx, principal: requirePrincipal(ctx) }, input);
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ApiKeyNode, { description: 'The key is refused from the next request on; revoking twice is harmless' })
  revokeApiKey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return revokeApiKey({ ...ctx, principal: requirePrincipal(ctx) }, id);
  }
}
