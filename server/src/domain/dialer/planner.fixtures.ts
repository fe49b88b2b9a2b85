import { CampaignStatus } from '../campaign/campaign-status';
import { RecipientState } from '../recipient/recipient-state';
import type {
  OriginateAction,
  PlannerAction,
  PlannerCampaign,
  PlannerCandidate,
  PlannerGateway,
  PlannerSnapshot,
  RunStateAction,
} from './planner-types';

/** Builders for planner tests: sensible defaults, override what the test is about. */

export const T0 = new Date('2026-06-01T14:00:00Z');

export function candidate(id: string, over: Partial<PlannerCandidate> = {}): PlannerCandidate {
  return {
    recipientId: id,
    state: RecipientState.READY,
    numbers: [{ number: '+12125550100', priority: 0 }],
    numberCursor: 0,
    ...over,
  };
}

export function campaign(id: string, over: Partial<PlannerCampaign> = {}): PlannerCampaign {
  return {
    id,
    status: CampaignStatus.RUNNING,
    priority: 0,
    startedAt: new Date('2026-06-01T08:00:00Z'),
    limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null },
    calendar: null,
    inFlight: { internal: 0, external: 0 },
    gatewayIds: [],
    lastOriginateAt: null,
    candidates: [],
    ...over,
  };
}

export function gateway(id: string, over: Partial<PlannerGateway> = {}): PlannerGateway {
  return { id, state: 'UP', maxConcurrent: null, callsPerSecond: null, inFlight: 0, lastOriginateAt: null, ...over };
}

export function snapshot(over: Partial<PlannerSnapshot> = {}): PlannerSnapshot {
  return {
    now: T0,
    tickSeconds: 1,
    limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null, maxActiveCampaigns: null },
    inFlight: { internal: 0, external: 0 },
    lastOriginateAt: null,
    internalPattern: '^\\d{3,5}$',
    switch: { up: true, sessionsPerSecond: null, maxSessions: null, lastOriginateAt: null },
    gateways: [],
    campaigns: [],
    ...over,
  };
}

/** `n` ready candidates named `${prefix}1..n`. */
export function candidates(prefix: string, n: number, over: Partial<PlannerCandidate> = {}): PlannerCandidate[] {
  return Array.from({ length: n }, (_, i) => candidate(`${prefix}${i + 1}`, over));
}

export const originates = (actions: PlannerAction[]): OriginateAction[] =>
  actions.filter((a): a is OriginateAction => a.type === 'originate');

/** The recipient ids of the originate actions, in order. */
export const ids = (actions: PlannerAction[]): string[] => originates(actions).map((o) => o.recipientId);

export const runStates = (actions: PlannerAction[]): Record<string, RunStateAction> =>
  Object.fromEntries(actions.filter((a): a is RunStateAction => a.type === 'runState').map((a) => [a.campaignId, a]));
