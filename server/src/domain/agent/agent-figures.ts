/**
 * The wallboard's agent figures, as pure arithmetic over counts the dialer reads in SQL.
 * Kept here so the definitions (what occupancy and the abandon rate mean) live in one place.
 */

/** Agents by state at one instant (a campaign's assigned agents, or all of a tenant's). */
export interface AgentCounts {
  /** AVAILABLE with a registered phone: offered calls (the dialer's definition). */
  available: number;
  /** AVAILABLE but the phone is not registered (or not checked yet): never offered a call. */
  noPhone: number;
  reserved: number;
  onCall: number;
  wrapUp: number;
  onBreak: number;
  loggedOut: number;
}

/**
 * Share of the working agents busy with a call right now: (ON_CALL + WRAP_UP) over the agents
 * logged in and able to take a call (available with a registered phone, RESERVED, ON_CALL,
 * WRAP_UP; not on BREAK, not without a phone). An instantaneous
 * headcount, not a time integral; null when nobody is working.
 */
export function occupancy(c: AgentCounts): number | null {
  const working = c.available + c.reserved + c.onCall + c.wrapUp;
  return working === 0 ? null : (c.onCall + c.wrapUp) / working;
}

/**
 * Abandoned over human-answered calls (0..1), the ratio the predictive pacer holds under its
 * target; null before any call was answered by a person.
 */
export function abandonRate(humanAnswered: number, abandoned: number): number | null {
  return humanAnswered === 0 ? null : Math.min(1, abandoned / humanAnswered);
}

/** Campaign targets are stored in percent (3 = 3%); the wallboard shows rates as 0..1. */
export function abandonTargetShare(percent: number): number {
  return percent / 100;
}
