/** An agent's availability; one state machine governs the moves (issue: agents). */
export enum AgentState {
  LOGGED_OUT = 'LOGGED_OUT',
  AVAILABLE = 'AVAILABLE',
  RESERVED = 'RESERVED',
  ON_CALL = 'ON_CALL',
  WRAP_UP = 'WRAP_UP',
  BREAK = 'BREAK',
}
