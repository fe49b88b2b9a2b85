import type { Agent } from '../../entities/agent.entity';

/** The per-agent parameters, as both create and update inputs carry them. */
export interface AgentParams {
  callTimeoutSeconds?: number | null;
  wrapUpSeconds?: number | null;
  maxNoAnswer?: number | null;
  busyDelaySeconds?: number | null;
  rejectDelaySeconds?: number | null;
  noAnswerDelaySeconds?: number | null;
}

const KEYS = [
  'callTimeoutSeconds',
  'wrapUpSeconds',
  'maxNoAnswer',
  'busyDelaySeconds',
  'rejectDelaySeconds',
  'noAnswerDelaySeconds',
] as const;

/** Copies the given parameters; null or missing leaves the current value (they cannot be empty). */
export function applyAgentParams(agent: Agent, input: AgentParams): void {
  for (const k of KEYS) {
    const v = input[k];
    if (v != null) agent[k] = v;
  }
}
