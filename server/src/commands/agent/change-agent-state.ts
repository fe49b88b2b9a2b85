import { AgentState } from '../../domain/agent/agent-state';
import { type AgentActor, agentMovesFrom, canMoveAgent } from '../../domain/agent/agent-transitions';
import { Agent } from '../../entities/agent.entity';
import { conflict, forbidden, notFound } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';

/**
 * Moves an agent by hand (itself or a supervisor). The row is locked so the dialer's
 * reservation (a conditional UPDATE on state = AVAILABLE) and this move cannot interleave.
 * Setting the state it already has is accepted and changes nothing (no event).
 */
export function changeAgentState(ctx: CommandContext, agentId: string, to: AgentState, by: AgentActor): Promise<Agent> {
  return inTransaction(ctx, async (em, outbox) => {
    const agent = await loadOwned(em, Agent, 'Agent', agentId, ctx.principal.tenantId, {}, { lock: true });
    const from = agent.state;
    if (from === to) return agent;
    if (!canMoveAgent(by, from, to)) {
      const allowed = agentMovesFrom(by, from);
      throw conflict(`Agent ${agent.name} cannot go from ${from} to ${to}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`, {
        state: from,
      });
    }
    agent.state = to;
    agent.stateChangedAt = new Date();
    // A forced break's cause describes that break only.
    agent.breakCause = null;
    // Coming back from a (possibly forced) break starts a fresh no-answer count.
    if (to === AgentState.AVAILABLE) agent.consecutiveNoAnswers = 0;
    await em.flush();
    outbox.add('AGENT_STATE', {
      tenantId: ctx.principal.tenantId,
      agentId: agent.id,
      name: agent.name,
      state: to,
      previous: from,
      by,
      at: agent.stateChangedAt.toISOString(),
    });
    return agent;
  });
}

/** The agent the signed-in user is; API keys and unlinked users have none. */
export async function myAgentId(ctx: CommandContext): Promise<string> {
  if (ctx.principal.kind !== 'USER') throw forbidden('Only a signed-in agent has an agent state');
  const agent = await ctx.em.findOne(Agent, { user: ctx.principal.id, tenant: ctx.principal.tenantId }, { fields: ['id'] });
  if (!agent) throw notFound('Agent for user', ctx.principal.id);
  return agent.id;
}
