import { Agent } from '../../entities/agent.entity';
import type { UpdateAgentData } from './agent-data';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { applyAgentParams } from './agent-params';
import { agentUser } from './agent-user';

/** Changes what is given; the new endpoint and parameters apply from the next offered call. */
export function updateAgent(ctx: CommandContext, id: string, input: UpdateAgentData): Promise<Agent> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const agent = await loadOwned(em, Agent, 'Agent', id, tenantId, {}, { lock: true });
    if (input.name != null) agent.name = input.name.trim();
    if (input.endpoint != null && input.endpoint.trim() !== agent.endpoint) {
      agent.endpoint = input.endpoint.trim();
      // A new phone is unknown to the switch until the dialer checks it (within seconds): not offered calls before.
      agent.phoneRegistered = null;
      agent.phoneCheckedAt = null;
    }
    if (input.unlinkUser) agent.user = undefined;
    else if (input.userId) agent.user = await agentUser(em, tenantId, input.userId, agent.id);
    applyAgentParams(agent, input);
    await em.flush();
    return agent;
  });
}
