import type { AgentCounts } from '../domain/agent/agent-figures';

/**
 * Payloads of the dialer's live topics (see topics.ts). Small on purpose: they travel through
 * PostgreSQL NOTIFY, which caps a message at 8000 bytes.
 */

/** One call's state change, as the dialer saw it. */
export interface CallStateItem {
  callId: string;
  recipientId: string;
  number: string;
  /** dialing, ringing, answered, amd, bridged, abandoned or hangup. */
  state: string;
  /** Set on hangup: the classified outcome (ANSWERED, BUSY, …). */
  outcome: string | null;
  /** bridged: the agent who took the call (absent for a bridge to an extension or a queue). */
  agentId?: string | null;
  agentName?: string | null;
  /** amd: the detector's verdict (human, machine, fax, unknown) and its cause when it gave one. */
  amdResult?: string | null;
  amdCause?: string | null;
  /** abandoned: why nobody took the answered call (an AbandonReason). */
  reason?: string | null;
  at: string;
}

/** Call state changes of one campaign, coalesced (a few messages per second at most). */
export interface CallStatePayload {
  tenantId: string;
  campaignId: string;
  events: CallStateItem[];
}

/** Once a second per running campaign (campaignId set) and per tenant (campaignId null). */
export interface WallboardPayload {
  tenantId: string;
  campaignId: string | null;
  activeCalls: number;
  callsPerMinute: number;
  /** Answered / ended over the last five minutes, 0..1; null before any call ended. */
  answerRate: number | null;
  /** Attempts ended over the same five minutes with outcome ABANDONED (domain/live/wallboard-figures.ts). */
  abandonedCalls: number;
  /** Attempts ended over the same five minutes with outcome CONFIRMED. */
  confirmedCalls: number;
  recipientsRemaining: number;
  /** Seconds until the remaining recipients are called at the current rate; null if unknown. */
  etaSeconds: number | null;
  /** Agent figures: set for AGENT campaigns and for tenants running one; null otherwise. */
  agents: AgentCounts | null;
  /** (ON_CALL + WRAP_UP) / agents logged in and not on BREAK, at this instant; 0..1. */
  occupancy: number | null;
  /** Abandoned / human-answered attempts over the predictive window (15 min), 0..1. */
  abandonRate: number | null;
  /** The campaign's abandon_rate_target as 0..1 (stored in percent); null for tenants and VOICE. */
  abandonRateTarget: number | null;
  /**
   * Abandoned / human-answered attempts over the compliance profile's window (US_TSR 30 days,
   * UK_OFCOM 24 h), 0..1; null under profile NONE, without agent campaigns or before an answer.
   */
  profileAbandonRate?: number | null;
  /** That window's length in hours (720, 24); null when there is none. */
  profileWindowHours?: number | null;
  at: string;
}

/** The dialer leader's state (installation-wide, not tenant data). */
export interface DialerStatusPayload {
  node: string;
  leader: boolean;
  switchUp: boolean;
  activeCalls: number;
  runningCampaigns: number;
  /** Originates per second over the last ten seconds. */
  callsPerSecond: number;
  /** The switch's machine detectors as the dialer last read them at connect; null before it connected. */
  machineDetectors: Array<'amd' | 'avmd'> | null;
  at: string;
}
