import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgentCall } from './agent-call.type';
import { loadAgentCall } from './load-agent-call';

/**
 * The agent's call now, for a desk that (re)opens mid-call: the newest attempt given to the
 * agent that is still live, or whose recipient still waits for the agent's result. Null when
 * the agent has nothing in hand. A preview call the switch has accepted reads DIALING (it was
 * dialed; the decision itself lives in the leading dialer's memory). Uses call_attempt_agent_idx (newest first per agent).
 */
export async function loadCurrentCall(em: EntityManager, tenantId: string, agentId: string): Promise<AgentCall | null> {
  const [open] = await em.execute<Array<{ call_id: string; bridged: boolean; dialed: boolean; at: Date }>>(
    `
    select x.call_id, x.bridged_at is not null as bridged, coalesce(x.bridged_at, x.created_at) as at,
      (c.dialing_mode = 'PREVIEW' and x.originated_at is not null) as dialed
    from call_attempt x join campaign_recipient r on r.id = x.recipient_id join campaign c on c.id = x.campaign_id
    where x.agent_id = ? and (x.ended_at is null or r.state = 'WAITING_AGENT')
    order by x.created_at desc limit 1`,
    [agentId],
  );
  if (!open) return null;
  return loadAgentCall(em, {
    tenantId,
    agentId,
    callId: open.call_id,
    // A preview the switch took is one the agent dialed: no Dial / Skip on a reopened desk.
    phase: open.bridged ? 'BRIDGED' : open.dialed ? 'DIALING' : 'OFFERED',
    at: new Date(open.at).toISOString(),
  });
}
