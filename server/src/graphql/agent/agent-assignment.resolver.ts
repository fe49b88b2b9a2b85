import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { assignAgent, unassignAgent } from '../../commands/agent/assign-agent';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { badInput } from '../../errors/app-error';
import { requirePrincipal, type Context } from '../context';
import { AgentAssignmentNode } from './agent-assignment.type';

const MAX_LEVEL = 100;

/** Which agents take which campaign's calls, in tiers. */
@Resolver(() => AgentAssignmentNode)
export class AgentAssignmentResolver {
  @Authorized(Permission.READ)
  @Query(() => [AgentAssignmentNode], { description: 'Assignments of your tenant, filtered by agent and/or campaign; by level' })
  async agentAssignments(
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID, { nullable: true }) agentId?: string | null,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string | null,
  ): Promise<AgentAssignmentNode[]> {
    const tenantId = requirePrincipal(ctx).tenantId;
    const rows = await ctx.em.find(
      AgentAssignment,
      {
        agent: { tenant: tenantId, ...(agentId ? { id: agentId } : {}) },
        ...(campaignId ? { campaign: campaignId } : {}),
      },
      { orderBy: { level: 'asc', agent: { name: 'asc' } } },
    );
    return rows.map((r) => ({ agentId: r.agent.id, campaignId: r.campaign.id, level: r.level }));
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => AgentAssignmentNode, { description: 'Puts the agent on the campaign at this tier level (1 = first), or moves it there' })
  assignAgent(
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID) agentId: string,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('level', () => Int, { defaultValue: 1 }) level: number,
  ): Promise<AgentAssignmentNode> {
    if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL) throw badInput('level', `1 to ${MAX_LEVEL}`);
    return assignAgent({ ...ctx, principal: requirePrincipal(ctx) }, agentId, campaignId, level);
  }

  @Authorized(Permission.CAMPAIGNS_WRITE)
  @Mutation(() => Boolean, { description: 'True when the agent was on the campaign' })
  unassignAgent(
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID) agentId: string,
    @Arg('campaignId', () => ID) campaignId: string,
  ): Promise<boolean> {
    return unassignAgent({ ...ctx, principal: requirePrincipal(ctx) }, agentId, campaignId);
  }
}
