import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '../../events/outbox';
import { AgentState } from '../../domain/agent/agent-state';
import { AgentActor } from '../../domain/agent/agent-transitions';
import { rows } from '../sql-rows';

/**
 * A new leader knows none of the agent steps in flight (they lived in the old leader's
 * memory: wrap-up and no-answer timers, bridges). Agents it held (RESERVED, ON_CALL, WRAP_UP)
 * are made AVAILABLE again rather than left stuck; their calls, if any survive, are ended by
 * reconciliation. Returns how many were released.
 */
export async function releaseHeldAgents(em: EntityManager, outbox: Outbox, now: Date): Promise<number> {
  const released = await rows<{ id: string; tenant_id: string; name: string; previous: AgentState }>(
    em,
    `
    with held as (select id, state from agent where state in ('RESERVED', 'ON_CALL', 'WRAP_UP') for update skip locked)
    update agent a set state = 'AVAILABLE', state_changed_at = ?
    from held where a.id = held.id
    returning a.id, a.tenant_id, a.name, held.state as previous`,
    [now],
  );
  for (const r of released) {
    outbox.add('AGENT_STATE', {
      tenantId: r.tenant_id,
      agentId: r.id,
      name: r.name,
      state: AgentState.AVAILABLE,
      previous: r.previous,
      by: AgentActor.DIALER,
      at: now.toISOString(),
    });
  }
  return released.length;
}
