import { CampaignStatus } from '../campaign/campaign-status';
import { RunState, RunStateReason } from '../campaign/run-state';
import { classifyDirection, type CallDirection } from '../numbers/direction';
import { pickNumber } from '../numbers/number-rotation';
import { PacingBucket } from './pacing';
import { surveyCandidates } from './planner-candidates';
import { held, minWake, runStateOf, slowestPace, type CampaignTick } from './planner-run-state';
import type {
  CallCounts,
  ConcurrencyLimits,
  OriginateAction,
  PlannerAction,
  PlannerCampaign,
  PlannerGateway,
  PlannerSnapshot,
} from './planner-types';

/** A limit as a number: null = unlimited, garbage = nothing allowed. */
function cap(limit: number | null | undefined): number {
  if (limit == null) return Number.POSITIVE_INFINITY;
  if (!Number.isFinite(limit)) return limit > 0 ? Number.POSITIVE_INFINITY : 0;
  return Math.max(0, Math.floor(limit));
}

const totalOf = (c: CallCounts) => c.internal + c.external;

function fitsTotal(limits: ConcurrencyLimits, counts: CallCounts): boolean {
  return totalOf(counts) + 1 <= cap(limits.maxTotal);
}

function fitsDirection(limits: ConcurrencyLimits, counts: CallCounts, direction: CallDirection): boolean {
  if (direction === 'internal') return counts.internal + 1 <= cap(limits.maxInternal);
  return counts.external + 1 <= cap(limits.maxExternal);
}

interface GatewayTick {
  gateway: PlannerGateway;
  inFlight: number;
  bucket: PacingBucket;
}

/** Campaign order: priority (higher first), then earlier start, then id for determinism. */
function compareCampaigns(a: PlannerCampaign, b: PlannerCampaign): number {
  return b.priority - a.priority || a.startedAt.getTime() - b.startedAt.getTime() || a.id.localeCompare(b.id);
}

/**
 * One dialer tick as a pure function: which recipients to call now, on which number and
 * gateway, at what instant, and why each RUNNING campaign is or is not dialing.
 *
 * - Campaigns go by priority, then earlier start; equal priorities share scarce slots by
 *   water-filling (the next slot goes to the campaign with the fewest calls), which is round
 *   robin when they start level and stays fair across ticks.
 * - No originate ever takes a count above a limit: global, switch and campaign total /
 *   internal / external concurrency, max active campaigns, gateway concurrency, and every
 *   calls-per-second scope (spaced evenly within the tick via `at`).
 * - Only recipients that pass whyNotDialable (state, DNC, expiry, not-before/after, retry
 *   time, calendar in their zone) are dialed, each at most once.
 */
export function plan(snapshot: PlannerSnapshot): PlannerAction[] {
  const nowMs = snapshot.now.getTime();
  if (Number.isNaN(nowMs)) return [];
  // A bad tick length must never disable pacing: fall back to a 1 ms window.
  const tickMs = Number.isFinite(snapshot.tickSeconds) ? snapshot.tickSeconds * 1000 : 0;
  const tickEndMs = nowMs + Math.max(1, tickMs);
  const running = snapshot.campaigns.filter((c) => c.status === CampaignStatus.RUNNING).sort(compareCampaigns);
  const actions: PlannerAction[] = [];

  if (!snapshot.switch.up) {
    for (const c of running) {
      actions.push({ type: 'runState', campaignId: c.id, state: RunState.SWITCH_DOWN, reason: RunStateReason.SWITCH_LINK, wakeAt: null });
    }
    return actions;
  }

  const ticks: CampaignTick[] = running.map((campaign) => ({
    campaign,
    survey: surveyCandidates(campaign, snapshot.now),
    counts: { ...campaign.inFlight },
    bucket: new PacingBucket(campaign.lastOriginateAt, campaign.limits.callsPerSecond),
    cursor: 0,
    placed: 0,
    done: false,
    hold: null,
    waitingAgents: false,
    pacingWakeAt: null,
  }));
  for (const t of ticks) {
    for (const recipientId of t.survey.toExpire) actions.push({ type: 'expire', campaignId: t.campaign.id, recipientId });
    for (const recipientId of t.survey.toStop) {
      actions.push({ type: 'stop', campaignId: t.campaign.id, recipientId, reason: 'NO_NUMBERS' });
    }
  }

  const global: CallCounts = { ...snapshot.inFlight };
  const globalBucket = new PacingBucket(snapshot.lastOriginateAt, snapshot.limits.callsPerSecond);
  const switchBucket = new PacingBucket(snapshot.switch.lastOriginateAt, snapshot.switch.sessionsPerSecond);
  const gateways = new Map<string, GatewayTick>();
  for (const g of snapshot.gateways) {
    gateways.set(g.id, { gateway: g, inFlight: g.inFlight, bucket: new PacingBucket(g.lastOriginateAt, g.callsPerSecond) });
  }

  // Max active campaigns: campaigns holding calls are active and keep their slot, so the limit
  // holds at every instant; only the first maxActive campaigns (in order) that want to dial
  // may place new calls, so a lower-priority campaign drains and makes room for a higher one.
  const maxActive = cap(snapshot.limits.maxActiveCampaigns);
  const admitted = new Set<string>();
  const preferred = new Set<string>();
  for (const t of ticks) {
    const holding = totalOf(t.campaign.inFlight) > 0;
    if (holding && admitted.size < maxActive) admitted.add(t.campaign.id);
    if ((holding || t.survey.dialable.length > 0) && preferred.size < maxActive) preferred.add(t.campaign.id);
  }
  const planned = new Set<string>();
  const originates: OriginateAction[] = [];

  /** Tries to place one call for `t`; false when the campaign can place nothing more this tick. */
  const placeOne = (t: CampaignTick): boolean => {
    const c = t.campaign;
    if (c.agentSlots != null && t.placed >= cap(c.agentSlots)) {
      t.waitingAgents = true;
      return false;
    }
    if (!preferred.has(c.id)) return held(t, RunState.BLOCKED, RunStateReason.ACTIVE_CAMPAIGNS);
    if (!admitted.has(c.id) && admitted.size >= maxActive) return held(t, RunState.BLOCKED, RunStateReason.ACTIVE_CAMPAIGNS);
    // Its own limit first: a full campaign is AT_LIMIT whatever the tenant has left.
    if (!fitsTotal(c.limits, t.counts)) return held(t, RunState.AT_LIMIT, RunStateReason.CAMPAIGN_CALLS);
    if (!fitsTotal(snapshot.limits, global)) return held(t, RunState.BLOCKED, RunStateReason.TENANT_CALLS);
    if (totalOf(global) + 1 > cap(snapshot.switch.maxSessions)) return held(t, RunState.BLOCKED, RunStateReason.SWITCH_SESSIONS);
    const pace = slowestPace(nowMs, [
      [t.bucket, RunStateReason.CAMPAIGN_SPEED],
      [globalBucket, RunStateReason.TENANT_SPEED],
      [switchBucket, RunStateReason.SWITCH_SPEED],
    ]);
    const shared = pace.at;
    if (shared >= tickEndMs) {
      t.pacingWakeAt = minWake(t.pacingWakeAt, Number.isFinite(shared) ? Math.ceil(shared) : null);
      return held(t, RunState.PACED, pace.reason);
    }

    for (; t.cursor < t.survey.dialable.length; t.cursor++) {
      const candidate = t.survey.dialable[t.cursor];
      if (!candidate || planned.has(candidate.recipientId)) continue;
      const pick = pickNumber(candidate.numbers, candidate.numberCursor);
      if (!pick) continue;
      const direction = classifyDirection(pick.number, snapshot.internalPattern);
      const internal = direction === 'internal';
      if (!fitsDirection(c.limits, t.counts, direction)) {
        held(t, RunState.AT_LIMIT, internal ? RunStateReason.CAMPAIGN_INTERNAL_CALLS : RunStateReason.CAMPAIGN_EXTERNAL_CALLS);
        continue;
      }
      if (!fitsDirection(snapshot.limits, global, direction)) {
        held(t, RunState.BLOCKED, internal ? RunStateReason.TENANT_INTERNAL_CALLS : RunStateReason.TENANT_EXTERNAL_CALLS);
        continue;
      }
      let gateway: GatewayTick | null = null;
      if (direction === 'external' && c.gatewayIds.length > 0) {
        gateway = chooseGateway(c, gateways, nowMs);
        if (!gateway) {
          const anyUp = c.gatewayIds.some((id) => gateways.get(id)?.gateway.state === 'UP');
          if (anyUp) held(t, RunState.BLOCKED, RunStateReason.GATEWAY_CALLS);
          else held(t, RunState.SWITCH_DOWN, RunStateReason.GATEWAYS_DOWN);
          continue;
        }
      }
      const atMs = Math.ceil(Math.max(shared, gateway ? gateway.bucket.earliest(nowMs) : nowMs));
      if (atMs >= tickEndMs) {
        held(t, RunState.PACED, RunStateReason.GATEWAY_SPEED);
        t.pacingWakeAt = minWake(t.pacingWakeAt, Number.isFinite(atMs) ? atMs : null);
        continue;
      }

      planned.add(candidate.recipientId);
      admitted.add(c.id);
      global[direction] += 1;
      t.counts[direction] += 1;
      globalBucket.take(atMs);
      switchBucket.take(atMs);
      t.bucket.take(atMs);
      if (gateway) {
        gateway.inFlight += 1;
        gateway.bucket.take(atMs);
      }
      t.placed += 1;
      t.cursor += 1;
      originates.push({
        type: 'originate',
        campaignId: c.id,
        recipientId: candidate.recipientId,
        numberIndex: pick.index,
        number: pick.number,
        gatewayId: gateway ? gateway.gateway.id : null,
        direction,
        at: new Date(atMs),
      });
      return true;
    }
    return false;
  };

  // Strict priority between groups; water-filling inside a group of equal priority.
  for (let i = 0; i < ticks.length;) {
    let j = i;
    while (j < ticks.length && ticks[j]?.campaign.priority === ticks[i]?.campaign.priority) j++;
    const group = ticks.slice(i, j).filter((t) => t.survey.dialable.length > 0);
    for (;;) {
      let next: CampaignTick | null = null;
      for (const t of group) {
        if (t.done) continue;
        if (!next || totalOf(t.counts) < totalOf(next.counts)) next = t;
      }
      if (!next) break;
      if (!placeOne(next)) next.done = true;
    }
    i = j;
  }

  originates.sort((a, b) => a.at.getTime() - b.at.getTime());
  actions.push(...originates);

  let wake: number | null = null;
  for (const t of ticks) {
    const state = runStateOf(t, snapshot.now);
    wake = minWake(wake, state.wakeAt);
    actions.push({
      type: 'runState',
      campaignId: t.campaign.id,
      state: state.state,
      reason: state.reason,
      wakeAt: state.wakeAt === null ? null : new Date(state.wakeAt),
    });
  }
  if (wake !== null) actions.push({ type: 'wake', at: new Date(wake) });
  return actions;
}

/** The campaign's first usable gateway (UP, below its concurrency), earliest rate slot first. */
function chooseGateway(c: PlannerCampaign, gateways: Map<string, GatewayTick>, nowMs: number): GatewayTick | null {
  let best: GatewayTick | null = null;
  for (const id of c.gatewayIds) {
    const g = gateways.get(id);
    if (!g || g.gateway.state !== 'UP') continue;
    if (g.inFlight + 1 > cap(g.gateway.maxConcurrent)) continue;
    if (!best || g.bucket.earliest(nowMs) < best.bucket.earliest(nowMs)) best = g;
  }
  return best;
}
