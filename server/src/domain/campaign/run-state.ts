/** Why a RUNNING campaign is or is not dialing right now; computed by the dialer, shown live. */
export enum RunState {
  IDLE = 'IDLE',
  DIALING = 'DIALING',
  BLOCKED = 'BLOCKED',
  OUTSIDE_HOURS = 'OUTSIDE_HOURS',
  WAITING_RETRY = 'WAITING_RETRY',
  WAITING_AGENTS = 'WAITING_AGENTS',
  SWITCH_DOWN = 'SWITCH_DOWN',
}
