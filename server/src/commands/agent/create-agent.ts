import { Agent } from '../../entities/agent.entity';
import { Tenant } from '../../entities/tenant.entity';
import type { CreateAgentData } from './agent-data';
import { inTransaction, type CommandContext } from '../command-context';
import { applyAgentParams } from './agent-params';
import { agentUser } from './agent-user';

/** Adds an agent to the caller's tenant; it starts LOGGED_OUT. */
export function createAgent(ctx: CommandContext, input: CreateAgentData): Promise<Agent> {
  return inTransaction(ctx, async (em) => {
    const tenantId = ctx.principal.tenantId;
    const agent = new Agent();
    agent.tenant = em.getReference(Tenant, tenantId);
    agent.name = input.name.trim();
    agent.endpoint = input.endpoint.trim();
    if (input.userId) agent.user = await agentUser(em, tenantId, input.userId, null);
    applyAgentParams(agent, input);
    em.persist(agent);
    await em.flush();
    return agent;
  });
}
