import type { AgentState } from '../../domain/agent/agent-state';

/** An agent's state change (topic AGENT_STATE); small, it travels through NOTIFY. */
export interface AgentStatePayload {
  tenantId: string;
  agentId: string;
  name: string;
  state: AgentState;
  previous: AgentState;
  /** An AgentActor. */
  by: string;
  at: string;
}
