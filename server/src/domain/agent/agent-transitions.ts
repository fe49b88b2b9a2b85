import { AgentState } from './agent-state';

/** Who moves an agent: the agent itself, a supervisor forcing it, or the dialer's call flow. */
export enum AgentActor {
  AGENT = 'AGENT',
  SUPERVISOR = 'SUPERVISOR',
  DIALER = 'DIALER',
}

const { LOGGED_OUT, AVAILABLE, RESERVED, ON_CALL, WRAP_UP, BREAK } = AgentState;

/**
 * The one agent state machine. People move only between the "idle" states (a call in progress
 * belongs to the dialer, so nobody can yank an agent out of RESERVED or ON_CALL by hand);
 * the dialer owns RESERVED and ON_CALL: it reserves a free agent, bridges, wraps up, and may
 * force a BREAK after too many unanswered offers.
 */
const MOVES: Record<AgentActor, Record<AgentState, readonly AgentState[]>> = {
  [AgentActor.AGENT]: {
    [LOGGED_OUT]: [AVAILABLE, BREAK],
    [AVAILABLE]: [BREAK, LOGGED_OUT],
    [RESERVED]: [],
    [ON_CALL]: [],
    // Ending wrap-up early is the agent's call; so is a break or logging out after a call.
    [WRAP_UP]: [AVAILABLE, BREAK, LOGGED_OUT],
    [BREAK]: [AVAILABLE, LOGGED_OUT],
  },
  [AgentActor.SUPERVISOR]: {
    [LOGGED_OUT]: [AVAILABLE, BREAK],
    [AVAILABLE]: [BREAK, LOGGED_OUT],
    [RESERVED]: [],
    [ON_CALL]: [],
    [WRAP_UP]: [AVAILABLE, BREAK, LOGGED_OUT],
    [BREAK]: [AVAILABLE, LOGGED_OUT],
  },
  [AgentActor.DIALER]: {
    [LOGGED_OUT]: [],
    [AVAILABLE]: [RESERVED],
    // Bridged; or freed (customer dropped, agent rejected); or BREAK after maxNoAnswer.
    [RESERVED]: [ON_CALL, AVAILABLE, BREAK],
    [ON_CALL]: [WRAP_UP],
    [WRAP_UP]: [AVAILABLE],
    [BREAK]: [],
  },
};

/** True when `actor` may move an agent from `from` to `to` (a move to the same state is not a move). */
export function canMoveAgent(actor: AgentActor, from: AgentState, to: AgentState): boolean {
  return MOVES[actor][from].includes(to);
}

/** The states `actor` may move an agent to from `from`. */
export function agentMovesFrom(actor: AgentActor, from: AgentState): readonly AgentState[] {
  return MOVES[actor][from];
}

/** States where the dialer may offer the agent a call. */
export function isAgentFree(state: AgentState): boolean {
  return state === AVAILABLE;
}
