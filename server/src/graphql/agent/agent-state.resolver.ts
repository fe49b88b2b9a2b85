import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { changeAgentState, myAgentId } from '../../commands/agent/change-agent-state';
import { AgentState } from '../../domain/agent/agent-state';
import { AgentActor } from '../../domain/agent/agent-transitions';
import { requirePrincipal, type Context } from '../context';
import type { AgentStatePayload } from '../../events/agent-topics';
import { AgentStateChange } from './agent-state-change.type';
import { AgentNode, toAgentNode } from './agent.type';

interface Args {
  agentId?: string | null;
}

/** Agents move themselves; supervisors force moves and watch every change live. */
@Resolver(() => AgentStateChange)
export class AgentStateResolver {
  @Authorized(Permission.READ)
  @Mutation(() => AgentNode, { description: 'Your own state (signed-in agents): AVAILABLE, BREAK, LOGGED_OUT; CONFLICT during a call' })
  async setMyAgentState(@Ctx() ctx: Context, @Arg('state', () => AgentState) state: AgentState): Promise<AgentNode> {
    const cctx = { ...ctx, principal: requirePrincipal(ctx) };
    return toAgentNode(await changeAgentState(cctx, await myAgentId(cctx), state, AgentActor.AGENT));
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => AgentNode, { description: 'Forces an agent to AVAILABLE, BREAK or LOGGED_OUT; CONFLICT during a call' })
  async setAgentState(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('state', () => AgentState) state: AgentState,
  ): Promise<AgentNode> {
    return toAgentNode(await changeAgentState({ ...ctx, principal: requirePrincipal(ctx) }, id, state, AgentActor.SUPERVISOR));
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Subscription(() => AgentStateChange, {
    description: 'Agent state changes of your tenant (one agent when agentId is given), for supervisors',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, Args, Context>) => {
      const { tenantId } = requirePrincipal(context);
      const agentId = args.agentId ?? null;
      return pipe(
        context.bus.subscribe('AGENT_STATE'),
        filter((p: AgentStatePayload) => p.tenantId === tenantId && (agentId === null || p.agentId === agentId)),
      );
    },
  })
  agentStateChanged(@Root() p: AgentStatePayload, @Arg('agentId', () => ID, { nullable: true }) _agentId?: string): AgentStateChange {
    return { agentId: p.agentId, name: p.name, state: p.state, previous: p.previous, by: p.by, at: new Date(p.at) };
  }
}
