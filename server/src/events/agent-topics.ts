import type { AgentState } from '../domain/agent/agent-state';

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

/** A preview agent's decision on an offered call (topic AGENT_PREVIEW); the leader acts on it. */
export interface AgentPreviewPayload {
  tenantId: string;
  agentId: string;
  callId: string;
  dial: boolean;
}

/**
 * Where a call stands for the agent it was given to. A preview offer adds DIALING (the agent
 * said dial: the customer's phone rings) and WITHDRAWN (skipped or timed out: the offer is gone).
 */
export type AgentCallPhase = 'OFFERED' | 'DIALING' | 'BRIDGED' | 'WITHDRAWN';

/**
 * A call pushed to one agent (topic AGENT_CALL). Only ids travel: the recipient's record can
 * exceed NOTIFY's 8000 bytes, so the agent's own subscription loads it on delivery.
 */
export interface AgentCallPayload {
  tenantId: string;
  agentId: string;
  callId: string;
  phase: AgentCallPhase;
  at: string;
}
