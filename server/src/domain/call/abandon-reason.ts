/**
 * Why an answered person never reached an agent (the attempt is ABANDONED): kept on the attempt
 * so a supervisor can tell a staffing problem from a broken phone from an impatient customer.
 */
export enum AbandonReason {
  /** Predictive: nobody free within the abandon window (2 s), or nobody left after a failed bridge. */
  NO_AGENT_FREE = 'NO_AGENT_FREE',
  /** The agent's phone did not take the call (its cause is `bridgeFailureCause`) and nobody else did. */
  BRIDGE_FAILED = 'BRIDGE_FAILED',
  /** The customer hung up before an agent was connected. */
  CUSTOMER_HUNG_UP_FIRST = 'CUSTOMER_HUNG_UP_FIRST',
}
