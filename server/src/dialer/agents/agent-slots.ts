import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../db/sql-array';
import { agentSlots } from '../../domain/dialer/agent-pacing';
import type { RunningCampaign } from '../campaign-rows';
import { rows } from '../sql-rows';

/**
 * The snapshot's agent-slot source: per agent campaign, how many calls its AVAILABLE agents
 * allow now (the pure `agentSlots`). Progressive reserves before dialing, so reserved agents
 * are already out of the free count and nothing pending is subtracted. VOICE campaigns are
 * absent from the map (no query at all when none runs).
 */
export async function loadAgentSlots(em: EntityManager, running: readonly RunningCampaign[]): Promise<Map<string, number>> {
  const agentCampaigns = running.filter((c) => c.dialingMode !== null);
  if (agentCampaigns.length === 0) return new Map();
  const free = await rows<{ campaign_id: string; n: number }>(em, `
    select s.campaign_id, count(*)::int as n from agent_assignment s join agent a on a.id = s.agent_id
    where s.campaign_id = any(?::uuid[]) and a.state = 'AVAILABLE' group by 1`, [sqlArray(agentCampaigns.map((c) => c.id))]);
  const byCampaign = new Map(free.map((r) => [r.campaign_id, r.n]));
  return new Map(agentCampaigns.map((c) => [c.id, agentSlots(c.dialingMode, { freeAgents: byCampaign.get(c.id) ?? 0, callsPending: 0 }) ?? 0]));
}
