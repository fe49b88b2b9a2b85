// The agent's own state moves, as the server's state machine allows them (domain/agent/agent-transitions.ts,
// actor AGENT): the desk disables what the server would refuse, such as "Available" mid-call.
import type { AgentState } from '@/gql/graphql';

const MINE: Record<AgentState, readonly AgentState[]> = {
  LOGGED_OUT: ['AVAILABLE', 'BREAK'],
  AVAILABLE: ['BREAK', 'LOGGED_OUT'],
  RESERVED: [],
  ON_CALL: [],
  WRAP_UP: ['AVAILABLE', 'BREAK', 'LOGGED_OUT'],
  BREAK: ['AVAILABLE', 'LOGGED_OUT'],
};

/** True when the agent may move itself from `from` to `to`. */
export function canMoveMyself(from: AgentState, to: AgentState): boolean {
  return MINE[from].includes(to);
}

/** Why the state buttons are off, when a call holds the agent. */
export function lockedReason(state: AgentState): string | null {
  if (state === 'RESERVED') return 'A call is offered to you: your state changes when it is taken or withdrawn.';
  if (state === 'ON_CALL') return 'You are on a call: your state changes when it ends.';
  return null;
}
