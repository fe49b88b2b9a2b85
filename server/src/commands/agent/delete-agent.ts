import { AgentState } from '../../domain/agent/agent-state';
import { Agent } from '../../entities/agent.entity';
import { conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';

/** Removes an agent and its assignments; refused while the dialer holds it for a call. */
export function deleteAgent(ctx: CommandContext, id: string): Promise<Agent> {
  return inTransaction(ctx, async (em) => {
    const agent = await loadOwned(em, Agent, 'Agent', id, ctx.principal.tenantId, {}, { lock: true });
    if (agent.state === AgentState.RESERVED || agent.state === AgentState.ON_CALL) {
      throw conflict(`Agent ${agent.name} is ${agent.state}; delete it after the call`, { state: agent.state });
    }
    // Assignments go with it (ON DELETE CASCADE); recipients' callbacks for it become "anyone".
    em.remove(agent);
    await em.flush();
    return agent;
  });
}
