/**
 * Why a campaign is or is not dialing right now; computed by the dialer (domain/dialer/planner.ts),
 * published once it has held for a second (run-state-debounce.ts). Null outside SCHEDULED,
 * RUNNING and PAUSED (run-state-rules.ts).
 */
export enum RunState {
  /** Nothing to dial and nothing in flight. */
  IDLE = 'IDLE',
  /** Placing calls (or calls in flight) and no limit holds it. */
  DIALING = 'DIALING',
  /** A dial speed holds it: its own, a gateway's, the tenant's or the switch's (runStateReason says which). */
  PACED = 'PACED',
  /** Its own concurrency is full. */
  AT_LIMIT = 'AT_LIMIT',
  /** A tenant or switch limit, a gateway's concurrency, or other campaigns hold it (runStateReason says which). */
  BLOCKED = 'BLOCKED',
  OUTSIDE_HOURS = 'OUTSIDE_HOURS',
  WAITING_RETRY = 'WAITING_RETRY',
  WAITING_AGENTS = 'WAITING_AGENTS',
  SWITCH_DOWN = 'SWITCH_DOWN',
}

/** Which limit holds a PACED, AT_LIMIT, BLOCKED or SWITCH_DOWN campaign. */
export enum RunStateReason {
  /** PACED: the campaign's own callsPerSecond. */
  CAMPAIGN_SPEED = 'CAMPAIGN_SPEED',
  /** PACED: a gateway's callsPerSecond. */
  GATEWAY_SPEED = 'GATEWAY_SPEED',
  /** PACED: the tenant's callsPerSecond (all its campaigns together). */
  TENANT_SPEED = 'TENANT_SPEED',
  /** PACED: the switch's own session rate (FreeSWITCH sessions-per-second). */
  SWITCH_SPEED = 'SWITCH_SPEED',
  /** AT_LIMIT: maxConcurrentCalls. */
  CAMPAIGN_CALLS = 'CAMPAIGN_CALLS',
  /** AT_LIMIT: maxInternalCalls. */
  CAMPAIGN_INTERNAL_CALLS = 'CAMPAIGN_INTERNAL_CALLS',
  /** AT_LIMIT: maxExternalCalls. */
  CAMPAIGN_EXTERNAL_CALLS = 'CAMPAIGN_EXTERNAL_CALLS',
  /** BLOCKED: the tenant's maxTotalCalls, used by its campaigns together. */
  TENANT_CALLS = 'TENANT_CALLS',
  /** BLOCKED: the tenant's maxInternalCalls. */
  TENANT_INTERNAL_CALLS = 'TENANT_INTERNAL_CALLS',
  /** BLOCKED: the tenant's maxExternalCalls. */
  TENANT_EXTERNAL_CALLS = 'TENANT_EXTERNAL_CALLS',
  /** BLOCKED: the tenant's maxActiveCampaigns is taken by other campaigns. */
  ACTIVE_CAMPAIGNS = 'ACTIVE_CAMPAIGNS',
  /** BLOCKED: the switch's own session cap (max-sessions). */
  SWITCH_SESSIONS = 'SWITCH_SESSIONS',
  /** BLOCKED: every usable gateway of the campaign is at its maxConcurrent. */
  GATEWAY_CALLS = 'GATEWAY_CALLS',
  /** SWITCH_DOWN: the Event Socket link is down. */
  SWITCH_LINK = 'SWITCH_LINK',
  /** SWITCH_DOWN: every gateway of the campaign is down or disabled. */
  GATEWAYS_DOWN = 'GATEWAYS_DOWN',
}
