import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '../../events/outbox';
import type { AgentState } from '../../domain/agent/agent-state';
import { AgentActor } from '../../domain/agent/agent-transitions';
import { rows } from '../sql-rows';
import { offerableAgentSql } from './offerable-agent';

/** The agent a progressive call was reserved for. */
export interface ReservedAgent {
  id: string;
  name: string;
  endpoint: string;
  callTimeoutSeconds: number;
  wrapUpSeconds: number;
  maxNoAnswer: number;
  noAnswerDelaySeconds: number;
  rejectDelaySeconds: number;
}

interface AgentRow {
  id: string;
  name: string;
  endpoint: string;
  call_timeout_seconds: number;
  wrap_up_seconds: number;
  max_no_answer: number;
  no_answer_delay_seconds: number;
  reject_delay_seconds: number;
}

/**
 * Reserves one AVAILABLE agent of the campaign whose phone the switch reports registered
 * (agent-phones.ts; never checked = not yet), lowest tier level first, then the longest idle:
 * a conditional UPDATE, so two leaders or a concurrent "BREAK" can never both win. With
 * `onlyAgentId` (a personal callback) that agent or nobody. Null when none is free any more.
 */
export async function reserveAgent(em: EntityManager, campaignId: string, now: Date, onlyAgentId?: string): Promise<ReservedAgent | null> {
  const [a] = await rows<AgentRow>(
    em,
    `
    update agent a set state = 'RESERVED', state_changed_at = ?
    where a.id = (
      select x.id from agent x join agent_assignment s on s.agent_id = x.id
      where s.campaign_id = ? and ${offerableAgentSql('x')} and (?::uuid is null or x.id = ?::uuid)
      order by s.level, x.state_changed_at, x.id limit 1 for update of x skip locked)
      and a.state = 'AVAILABLE'
    returning a.id, a.name, a.endpoint, a.call_timeout_seconds, a.wrap_up_seconds, a.max_no_answer, a.no_answer_delay_seconds, a.reject_delay_seconds`,
    [now, campaignId, onlyAgentId ?? null, onlyAgentId ?? null],
  );
  if (!a) return null;
  return {
    id: a.id,
    name: a.name,
    endpoint: a.endpoint,
    callTimeoutSeconds: a.call_timeout_seconds,
    wrapUpSeconds: a.wrap_up_seconds,
    maxNoAnswer: a.max_no_answer,
    noAnswerDelaySeconds: a.no_answer_delay_seconds,
    rejectDelaySeconds: a.reject_delay_seconds,
  };
}

/**
 * Moves an agent the dialer holds, only from the state it expects (the agent or a supervisor
 * may not move RESERVED / ON_CALL agents, but the flow must never overwrite a later move).
 * Returns true when the row moved. `noAnswer` counts (or resets) consecutive unanswered offers.
 */
export async function moveHeldAgent(
  em: EntityManager,
  outbox: Outbox,
  tenantId: string,
  agentId: string,
  from: AgentState,
  to: AgentState,
  now: Date,
  noAnswer: 'count' | 'reset' | 'keep' = 'keep',
): Promise<boolean> {
  const count = noAnswer === 'count' ? 'consecutive_no_answers + 1' : noAnswer === 'reset' ? '0' : 'consecutive_no_answers';
  const moved = await rows<{ name: string }>(
    em,
    `
    update agent set state = ?::agent_state, state_changed_at = ?, consecutive_no_answers = ${count}
    where id = ? and state = ?::agent_state returning name`,
    [to, now, agentId, from],
  );
  const row = moved[0];
  if (!row) return false;
  outbox.add('AGENT_STATE', { tenantId, agentId, name: row.name, state: to, previous: from, by: AgentActor.DIALER, at: now.toISOString() });
  return true;
}
