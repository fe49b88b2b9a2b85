import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { myAgentId } from '../../commands/agent/change-agent-state';
import { requirePrincipal, type Context } from '../context';
import { AgentCall } from './agent-call.type';
import { loadCurrentCall } from './load-current-call';

/** The signed-in agent's call in hand: a desk reloaded mid-call gets its screen-pop back. */
@Resolver(() => AgentCall)
export class MyCurrentCallResolver {
  @Authorized(Permission.READ)
  @Query(() => AgentCall, {
    nullable: true,
    description: 'Your call in hand as a signed-in agent (offered, bridged, or waiting for your result); null when there is none',
  })
  async myCurrentCall(@Ctx() ctx: Context): Promise<AgentCall | null> {
    const principal = requirePrincipal(ctx);
    const agentId = await myAgentId({ ...ctx, principal });
    return loadCurrentCall(ctx.em.fork(), principal.tenantId, agentId);
  }
}
