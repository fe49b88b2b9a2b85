import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../db/sql-array';
import { rows } from '../sql-rows';
import { offerableAgentSql } from './offerable-agent';

/*
 * Personal callbacks (reportCallResult `callbackToMe`): a due callback kept for one agent is
 * dialed only when that very agent can take it (offerable-agent.ts: signed in, AVAILABLE, phone
 * registered), and that agent is reserved for it before the originate, in every dialing mode.
 * Until then it waits, as a supervisor expects of a promise an agent made ("I will call you
 * back"), and the recipient shows whom it waits for (Recipient.callbackAgentName). The wait is
 * bounded by the assignment: once the agent is no longer assigned to the campaign (or deleted),
 * the callback goes to any agent of the campaign, since nobody would ever take it otherwise.
 */

/** The agent a recipient's callback is kept for, while still assigned to its campaign (SQL, alias of campaign_recipient). */
function keptForSql(r: string): string {
  return `${r}.callback_agent_id is not null and exists (select 1 from agent_assignment ks
    where ks.agent_id = ${r}.callback_agent_id and ks.campaign_id = ${r}.campaign_id)`;
}

/**
 * Candidate filter for due callbacks (SQL, alias of campaign_recipient): a callback kept for an
 * agent is a candidate only while that agent could be offered it now; the others as before.
 */
export function personalCallbackDueSql(r: string): string {
  return `(not (${keptForSql(r)}) or exists (select 1 from agent pa where pa.id = ${r}.callback_agent_id and ${offerableAgentSql('pa')}))`;
}

/** Per recipient id, the agent its due callback is kept for (SCHEDULED, agent still assigned). */
export async function personalCallbackAgents(em: EntityManager, recipientIds: readonly string[]): Promise<Map<string, string>> {
  if (recipientIds.length === 0) return new Map();
  const found = await rows<{ id: string; agent_id: string }>(
    em,
    `select r.id, r.callback_agent_id as agent_id from campaign_recipient r
     where r.id = any(?::bigint[]) and r.state = 'SCHEDULED' and ${keptForSql('r')}`,
    [sqlArray(recipientIds)],
  );
  return new Map(found.map((f) => [String(f.id), f.agent_id]));
}
