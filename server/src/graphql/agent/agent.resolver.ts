import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { createAgent } from '../../commands/agent/create-agent';
import { deleteAgent } from '../../commands/agent/delete-agent';
import { updateAgent } from '../../commands/agent/update-agent';
import { myAgentId } from '../../commands/agent/change-agent-state';
import { loadOwned } from '../../commands/load-owned';
import { Agent } from '../../entities/agent.entity';
import { requirePrincipal, type Context } from '../context';
import { CreateAgentInput, UpdateAgentInput } from './agent.input';
import { AgentNode, toAgentNode } from './agent.type';

/** Agents of the tenant: supervisors manage them, an agent reads itself. */
@Resolver(() => AgentNode)
export class AgentResolver {
  @Authorized(Permission.READ)
  @Query(() => [AgentNode], { description: 'Agents of your tenant, by name' })
  async agents(@Ctx() ctx: Context): Promise<AgentNode[]> {
    const list = await ctx.em.find(Agent, { tenant: requirePrincipal(ctx).tenantId }, { orderBy: { name: 'asc', id: 'asc' } });
    return list.map(toAgentNode);
  }

  @Authorized(Permission.READ)
  @Query(() => AgentNode, { description: 'NOT_FOUND when it does not exist in your tenant' })
  async agent(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AgentNode> {
    return toAgentNode(await loadOwned(ctx.em, Agent, 'Agent', id, requirePrincipal(ctx).tenantId));
  }

  @Authorized(Permission.READ)
  @Query(() => AgentNode, { description: 'The agent you are signed in as; NOT_FOUND when your user is not linked to one' })
  async myAgent(@Ctx() ctx: Context): Promise<AgentNode> {
    const principal = requirePrincipal(ctx);
    const id = await myAgentId({ ...ctx, principal });
    return toAgentNode(await loadOwned(ctx.em, Agent, 'Agent', id, principal.tenantId));
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => AgentNode, { description: 'Starts LOGGED_OUT; CONFLICT when the user is already another agent' })
  async createAgent(@Ctx() ctx: Context, @Arg('input', () => CreateAgentInput) input: CreateAgentInput): Promise<AgentNode> {
    return toAgentNode(await createAgent({ ...ctx, principal: requirePrincipal(ctx) }, input));
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => AgentNode, { description: 'Takes effect from the next offered call' })
  async updateAgent(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAgentInput) input: UpdateAgentInput,
  ): Promise<AgentNode> {
    return toAgentNode(await updateAgent({ ...ctx, principal: requirePrincipal(ctx) }, id, input));
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => AgentNode, { description: 'Also removes its assignments; CONFLICT while RESERVED or ON_CALL' })
  async deleteAgent(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AgentNode> {
    const principal = requirePrincipal(ctx);
    const agent = await loadOwned(ctx.em, Agent, 'Agent', id, principal.tenantId);
    const node = toAgentNode(agent);
    await deleteAgent({ ...ctx, principal }, id);
    return node;
  }
}
