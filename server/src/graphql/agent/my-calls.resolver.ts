import { filter, pipe } from '@graphql-yoga/subscription';
import { Authorized, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { myAgentId } from '../../commands/agent/change-agent-state';
import { requirePrincipal, type Context } from '../context';
import type { AgentCallPayload } from '../../events/agent-topics';
import { AgentCall } from './agent-call.type';
import { loadAgentCall } from './load-agent-call';

/** Calls pushed to the signed-in agent, and to nobody else. */
@Resolver(() => AgentCall)
export class MyCallsResolver {
  @Authorized(Permission.READ)
  @Subscription(() => AgentCall, {
    description: 'Your calls as a signed-in agent: when offered and when bridged, with the full recipient record',
    subscribe: async ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) => {
      const principal = requirePrincipal(context);
      // Resolved once, at subscribe time: the filter is by this agent id, never by a client argument.
      const agentId = await myAgentId({ ...context, principal });
      return pipe(
        context.bus.subscribe('AGENT_CALL'),
        filter((p: AgentCallPayload) => p.tenantId === principal.tenantId && p.agentId === agentId),
      );
    },
  })
  myCalls(@Root() p: AgentCallPayload, @Ctx() ctx: Context): Promise<AgentCall> {
    return loadAgentCall(ctx.em.fork(), p);
  }
}
