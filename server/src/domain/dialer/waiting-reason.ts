import { CampaignStatus } from '../campaign/campaign-status';
import { RunState, type RunStateReason } from '../campaign/run-state';
import { isWindowOpen, type RecipientZones } from '../compliance/calling-window';
import type { NotDialableReason } from '../recipient/dialable';
import type { CandidateGate, CandidateVerdict } from './candidate-gate';

/**
 * "Why is this person not being called?" from the planner's own verdict (candidate-gate.ts):
 * the recipient's own gate first (its times, its calling hours in its zones), then, for one
 * the planner would dial, what its campaign says (not running, waiting for agents, a limit).
 */
export enum WaitingReason {
  /** Dialable now: the dialer takes it as its turn and the limits come. */
  DIALING_NEXT = 'DIALING_NEXT',
  /** Waiting for its retry time. */
  RETRY_WAIT = 'RETRY_WAIT',
  /** A booked callback not yet due. */
  CALLBACK = 'CALLBACK',
  /** Before its not-before. */
  NOT_BEFORE = 'NOT_BEFORE',
  /** Resting after an abandoned call (UK_OFCOM: 72 h). */
  ABANDON_REST = 'ABANDON_REST',
  /** Outside its calling hours (the profile's hours narrowed by the calendar) in its zone. */
  OUTSIDE_HOURS = 'OUTSIDE_HOURS',
  /** Dialable, but the campaign waits for a free agent. */
  WAITING_FOR_AGENT = 'WAITING_FOR_AGENT',
  /** Dialable, but a limit holds the campaign (`limit` says which). */
  LIMIT = 'LIMIT',
  /** Dialable, but its campaign is not running. */
  CAMPAIGN_NOT_RUNNING = 'CAMPAIGN_NOT_RUNNING',
  /** A number is on the DNC list: the dialer suppresses it instead of calling. */
  DNC = 'DNC',
  /** Every number is stopped: the dialer stops it. */
  NO_NUMBERS = 'NO_NUMBERS',
  /** Past its expire-at or not-after: the dialer expires it. */
  EXPIRING = 'EXPIRING',
}

/** One recipient's answer. */
export interface Waiting {
  reason: WaitingReason;
  /** When this reason ends (a retry, callback or not-before time, the window's opening); null: no known time. */
  until: Date | null;
  /** OUTSIDE_HOURS: the zone whose hours are closed. */
  zone: string | null;
  /** LIMIT: which one. */
  limit: RunStateReason | null;
}

/** What the campaign adds once the recipient's own gate is open. */
export interface CampaignSide {
  status: CampaignStatus;
  runState: RunState | null;
  runStateReason: RunStateReason | null;
  /** SCHEDULED: when it starts. */
  scheduledAt?: Date | null;
}

const LIMITED: ReadonlySet<RunState> = new Set([RunState.PACED, RunState.AT_LIMIT, RunState.BLOCKED, RunState.SWITCH_DOWN]);

const wait = (
  reason: WaitingReason,
  until: Date | null = null,
  zone: string | null = null,
  limit: RunStateReason | null = null,
): Waiting => ({
  reason,
  until,
  zone,
  limit,
});

/** What a dialable recipient waits for, from its campaign's status and the planner's run state. */
export function campaignWait(campaign: CampaignSide): Waiting {
  if (campaign.status !== CampaignStatus.RUNNING) {
    return wait(WaitingReason.CAMPAIGN_NOT_RUNNING, campaign.status === CampaignStatus.SCHEDULED ? (campaign.scheduledAt ?? null) : null);
  }
  if (campaign.runState === RunState.WAITING_AGENTS) return wait(WaitingReason.WAITING_FOR_AGENT);
  if (campaign.runState && LIMITED.has(campaign.runState)) return wait(WaitingReason.LIMIT, null, null, campaign.runStateReason);
  return wait(WaitingReason.DIALING_NEXT);
}

/** The first zone whose hours are closed at `now` (null stands for the calendar's zone, else UTC). */
export function closedZone(gate: CandidateGate, zones: RecipientZones, now: Date): string {
  const closed = zones.find((z) => !isWindowOpen(gate.window, now, [z])) ?? zones[0] ?? null;
  return closed ?? gate.window.calendar?.timeZone ?? 'UTC';
}

/** What a waiting reason reads of one recipient (or of a group: its earliest times). */
export interface WaitingFacts {
  zones: RecipientZones;
  /** The rest after an abandoned call sets its not-before. */
  rested: boolean;
  noNumbers: boolean;
  /** A due callback kept for one agent who cannot take it now (dialer/agents/personal-callback.ts). */
  heldForAgent?: boolean;
  /** The not-before the gate saw (the abandon rest included). */
  notBefore?: Date | null;
  nextAttemptAt?: Date | null;
  callbackAt?: Date | null;
}

/** The gate's reason as an answer; null when the recipient is not waiting to be dialed (in a call, or final). */
export function waitingFor(
  reason: NotDialableReason | null,
  facts: WaitingFacts,
  gate: CandidateGate,
  campaign: CampaignSide,
  now: Date,
): Waiting | null {
  if (reason === null) {
    if (facts.noNumbers) return wait(WaitingReason.NO_NUMBERS);
    return facts.heldForAgent ? wait(WaitingReason.WAITING_FOR_AGENT) : campaignWait(campaign);
  }
  switch (reason) {
    case 'FINAL':
    case 'IN_PROGRESS':
      return null;
    case 'EXPIRED':
    case 'WINDOW_CLOSED':
      return wait(WaitingReason.EXPIRING);
    case 'DNC':
      return wait(WaitingReason.DNC);
    case 'OUTSIDE_HOURS':
      return wait(WaitingReason.OUTSIDE_HOURS, gate.opensAt(facts.zones, now), closedZone(gate, facts.zones, now));
    case 'NOT_YET':
      return wait(facts.rested ? WaitingReason.ABANDON_REST : WaitingReason.NOT_BEFORE, facts.notBefore ?? null);
    case 'RETRY_WAIT':
      return wait(WaitingReason.RETRY_WAIT, facts.nextAttemptAt ?? null);
    case 'CALLBACK_PENDING':
      return wait(WaitingReason.CALLBACK, facts.callbackAt ?? null);
  }
}

/** One recipient's waiting reason from the planner's verdict on it. */
export function waitingReasonOf(
  gate: CandidateGate,
  verdict: CandidateVerdict,
  campaign: CampaignSide,
  now: Date,
  heldForAgent = false,
): Waiting | null {
  const { notBefore, nextAttemptAt, callbackAt } = verdict.gate;
  return waitingFor(verdict.reason, { ...verdict, heldForAgent, notBefore, nextAttemptAt, callbackAt }, gate, campaign, now);
}
