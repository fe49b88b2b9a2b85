import type { EntityManager } from '@mikro-orm/postgresql';
import { Agent } from '../../entities/agent.entity';
import { Campaign } from '../../entities/campaign.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';

export interface AssignmentRow {
  agentId: string;
  campaignId: string;
  level: number;
}

async function loadBoth(em: EntityManager, tenantId: string, agentId: string, campaignId: string): Promise<void> {
  await loadOwned(em, Agent, 'Agent', agentId, tenantId);
  await loadOwned(em, Campaign, 'Campaign', campaignId, tenantId);
}

/** Puts an agent on a campaign at a tier level (or moves it to that level): an upsert. */
export function assignAgent(ctx: CommandContext, agentId: string, campaignId: string, level: number): Promise<AssignmentRow> {
  return inTransaction(ctx, async (em) => {
    await loadBoth(em, ctx.principal.tenantId, agentId, campaignId);
    await em.execute(
      `insert into agent_assignment (id, agent_id, campaign_id, level) values (gen_random_uuid(), ?, ?, ?)
       on conflict (agent_id, campaign_id) do update set level = excluded.level`,
      [agentId, campaignId, level],
    );
    return { agentId, campaignId, level };
  });
}

/** Takes an agent off a campaign; true when it was on it. */
export function unassignAgent(ctx: CommandContext, agentId: string, campaignId: string): Promise<boolean> {
  return inTransaction(ctx, async (em) => {
    await loadBoth(em, ctx.principal.tenantId, agentId, campaignId);
    const rows = await em.execute<Array<{ id: string }>>(
      'delete from agent_assignment where agent_id = ? and campaign_id = ? returning id',
      [agentId, campaignId],
    );
    return rows.length > 0;
  });
}
