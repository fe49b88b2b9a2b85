import type { Calendar } from '../calendar/calendar';
import type { DailyHours } from '../compliance/calling-hours';
import type { CampaignStatus } from '../campaign/campaign-status';
import type { RunState, RunStateReason } from '../campaign/run-state';
import type { CallDirection } from '../numbers/direction';
import type { RotatableNumber } from '../numbers/number-rotation';
import type { DialableRecipient } from '../recipient/dialable';

/**
 * Concurrency and rate limits at one level (global or campaign). `null` means no limit at
 * this level; 0 means nothing may be dialed. Internal + external may sum above total; the
 * total still caps.
 */
export interface ConcurrencyLimits {
  maxTotal: number | null;
  maxInternal: number | null;
  maxExternal: number | null;
  /** New calls per second, spread evenly (a token bucket of size 1). */
  callsPerSecond: number | null;
}

/** The tenant/installation-wide limits (Kalliope's global settings). */
export interface GlobalLimits extends ConcurrencyLimits {
  /** How many campaigns may be dialing at once; the rest show BLOCKED. */
  maxActiveCampaigns: number | null;
}

/** Calls in progress (originated and not yet ended), split by direction. */
export interface CallCounts {
  internal: number;
  external: number;
}

/** One recipient the claim query offers, in the claim query's order. */
export interface PlannerCandidate extends DialableRecipient {
  recipientId: string;
  numbers: readonly RotatableNumber[];
  /** Rotation cursor (the entity's nextNumberIndex): attempt k dials the k-th active number. */
  numberCursor: number;
}

/** A campaign as the planner sees it. Only RUNNING campaigns dial or get a run state. */
export interface PlannerCampaign {
  id: string;
  status: CampaignStatus;
  /** Higher dials first. */
  priority: number;
  /** Earlier start dials first among equal priorities. */
  startedAt: Date;
  limits: ConcurrencyLimits;
  /** Null: always open. */
  calendar: Calendar | null;
  /** The compliance profile's daily hours in the recipient's zones (the calendar only narrows them); null/absent: none. */
  callingHours?: DailyHours | null;
  /** The profile's rest after an abandoned call (UK_OFCOM: 72 h) unless an agent is sure to be free; null/absent: none. */
  abandonRestMs?: number | null;
  inFlight: CallCounts;
  /** Gateways for external calls, in preference order; empty = the switch's default route. */
  gatewayIds: readonly string[];
  /** When this campaign last originated (its pacing bucket). */
  lastOriginateAt: Date | null;
  /** Already ordered: due callbacks, never-called by priority and list order, then retries. */
  candidates: readonly PlannerCandidate[];
  /**
   * Agent-driven cap on new calls this tick (progressive: reserved free agents; queue-watch:
   * free agents x multiplier minus calls waiting). Null: not paced by agents.
   */
  agentSlots?: number | null;
  /** The earliest retry/callback time beyond the candidates given, if the runner knows it. */
  nextDueAt?: Date | null;
}

/** A trunk. Internal calls do not use one. */
export interface PlannerGateway {
  id: string;
  /** DOWN (or unknown to the snapshot): not used; recipients stay ready. */
  state: 'UP' | 'DOWN';
  maxConcurrent: number | null;
  callsPerSecond: number | null;
  inFlight: number;
  lastOriginateAt: Date | null;
}

/** The switch connection. */
export interface PlannerSwitch {
  up: boolean;
  /** The switch's own session rate (FreeSWITCH default 30). */
  sessionsPerSecond: number | null;
  /** The switch's own session cap (FreeSWITCH default 1000). */
  maxSessions: number | null;
  lastOriginateAt: Date | null;
}

/** Everything one planning tick needs; assembled by the runner from the database and switch. */
export interface PlannerSnapshot {
  now: Date;
  /** How far ahead this plan schedules originates; the next tick plans the rest. */
  tickSeconds: number;
  limits: GlobalLimits;
  /** Every call in flight, including those of paused or cancelled campaigns. */
  inFlight: CallCounts;
  /** When anything last originated (the global pacing bucket). */
  lastOriginateAt: Date | null;
  /** Numbers matching this pattern are internal calls. */
  internalPattern: string;
  switch: PlannerSwitch;
  gateways: readonly PlannerGateway[];
  campaigns: readonly PlannerCampaign[];
}

/** Place one call: the runner claims the recipient, waits until `at`, then originates. */
export interface OriginateAction {
  type: 'originate';
  campaignId: string;
  recipientId: string;
  /** Index into the candidate's `numbers`. */
  numberIndex: number;
  number: string;
  /** Null for internal calls and for campaigns without gateways (default route). */
  gatewayId: string | null;
  direction: CallDirection;
  /** When to originate, within [now, now + tickSeconds), spaced by every rate limit. */
  at: Date;
}

/** Why a RUNNING campaign is (not) dialing, and when something will change by itself. */
export interface RunStateAction {
  type: 'runState';
  campaignId: string;
  state: RunState;
  /** Which limit holds a PACED, AT_LIMIT, BLOCKED or SWITCH_DOWN campaign; null otherwise. */
  reason: RunStateReason | null;
  /** The earliest time the campaign may dial again without an event; null if unknown. */
  wakeAt: Date | null;
}

/** A candidate whose expire-at passed: move it to EXPIRED. */
export interface ExpireAction {
  type: 'expire';
  campaignId: string;
  recipientId: string;
}

/** A dialable recipient with every number stopped: nothing left to dial, so stop it. */
export interface StopAction {
  type: 'stop';
  campaignId: string;
  recipientId: string;
  reason: 'NO_NUMBERS';
}

/** Plan again at this time even if no event arrives (earliest wakeAt of all campaigns). */
export interface WakeAction {
  type: 'wake';
  at: Date;
}

/** Everything a tick decides; the runner carries it out. */
export type PlannerAction = OriginateAction | RunStateAction | ExpireAction | StopAction | WakeAction;
