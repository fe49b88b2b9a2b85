import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '../../events/outbox';
import { AgentState } from '../../domain/agent/agent-state';
import { AgentActor } from '../../domain/agent/agent-transitions';
import { DialingMode } from '../../domain/campaign/campaign-type';
import type { ClaimedCall } from '../claimed-call';
import { personalCallbackAgents } from './personal-callback';
import { moveHeldAgent, reserveAgent } from './reserve-agents';

/**
 * Progressive: reserve the agent first, then dial. Inside the claim transaction, each planned
 * call of an agent campaign takes one AVAILABLE agent or is dropped (the planner's slots were
 * a snapshot; an agent may have gone on BREAK since). A personal callback (personal-callback.ts)
 * takes its own agent, in every mode, or is dropped (it waits for the next tick); those go first,
 * so no other call of the tick takes the agent its callback waits for. VOICE calls pass through.
 */
export async function reserveForCalls(em: EntityManager, outbox: Outbox, calls: readonly ClaimedCall[], now: Date): Promise<ClaimedCall[]> {
  const pacerAgents = (c: ClaimedCall): boolean => c.campaign.dialingMode !== null && c.campaign.dialingMode !== DialingMode.QUEUE_WATCH;
  const personal = await personalCallbackAgents(
    em,
    calls.filter(pacerAgents).map((c) => c.recipientId),
  );
  const first = (c: ClaimedCall): number => (personal.has(c.recipientId) ? 0 : 1);
  const out: ClaimedCall[] = [];
  for (const c of [...calls].sort((a, b) => first(a) - first(b))) {
    const only = pacerAgents(c) ? personal.get(c.recipientId) : undefined;
    // Only progressive reserves before dialing; predictive finds its agent on answer.
    if (!only && c.campaign.dialingMode !== DialingMode.PROGRESSIVE && c.campaign.dialingMode !== DialingMode.PREVIEW) {
      out.push(c);
      continue;
    }
    const agent = await reserveAgent(em, c.campaignId, now, only);
    if (!agent) continue;
    outbox.add('AGENT_STATE', {
      tenantId: c.tenantId,
      agentId: agent.id,
      name: agent.name,
      state: AgentState.RESERVED,
      previous: AgentState.AVAILABLE,
      by: AgentActor.DIALER,
      at: now.toISOString(),
    });
    out.push({ ...c, agent });
  }
  return out;
}

/** After the claim: claimed calls carry their agent on the attempt; agents of lost races are free again. */
export async function settleReservations(
  em: EntityManager,
  outbox: Outbox,
  calls: readonly ClaimedCall[],
  claimed: ReadonlySet<string>,
  now: Date,
): Promise<void> {
  for (const c of calls) {
    if (!c.agent) continue;
    if (claimed.has(c.callId)) await em.execute('update call_attempt set agent_id = ? where call_id = ?', [c.agent.id, c.callId]);
    else await moveHeldAgent(em, outbox, c.tenantId, c.agent.id, AgentState.RESERVED, AgentState.AVAILABLE, now);
  }
}
