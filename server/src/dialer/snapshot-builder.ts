import { DEFAULT_INTERNAL_PATTERN } from '../domain/numbers/direction';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { surveyCandidates } from '../domain/dialer/planner-candidates';
import { isOpen } from '../domain/calendar/calendar-hours';
import { gateRulesOf } from './gate-rules';
import type { CallCounts, PlannerCampaign, PlannerGateway, PlannerSnapshot } from '../domain/dialer/planner-types';
import { loadGateways, loadInFlight, loadRunningCampaigns, type GatewayRow, type RunningCampaign } from './campaign-rows';
import { loadTenantLimits } from './tenant-limits';
import { loadCandidates, loadNextDueAt } from './candidate-query';
import { PacingMemory } from './pacing-memory';
import { loadAgentSlots, type QueueSlotSource } from './agents/agent-slots';
import type { ProfileWindows } from './agents/profile-window';
import { callCapacity, sessionsPerCall } from '../domain/telephony/sessions-per-call';

/** What the switch looks like to this tick. */
export interface SwitchView {
  up: boolean;
  /** The switch's own limits, in sessions (every leg counts), and the sessions up when last read. */
  sessionsPerSecond: number | null;
  maxSessions: number | null;
  activeSessions?: number;
  /** Sessions a call on the default dial string takes (domain/telephony/sessions-per-call.ts). */
  sessionsPerCall?: number;
  /** Gateways the runner saw fail with GATEWAY_DOWN recently. */
  downGateways: ReadonlySet<string>;
}

/** One tenant's planning input plus what the runner needs to carry out the plan. */
export interface TenantTick {
  tenantId: string;
  snapshot: PlannerSnapshot;
}

export interface TickInput {
  now: Date;
  tenants: TenantTick[];
  campaigns: Map<string, RunningCampaign>;
  gateways: Map<string, GatewayRow>;
}

const add = (c: CallCounts, internal: boolean, n: number) => {
  if (internal) c.internal += n;
  else c.external += n;
};
const total = (c: CallCounts) => c.internal + c.external;
const finite = (n: number) => (Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER);
/** The most candidates one campaign reads in a tick when its head is not dialable. */
const MAX_READ = 4000;

/**
 * Builds one PlannerSnapshot per tenant from SQL. Tenants are planned one after another; the
 * switch is shared, so each later tenant sees the switch capacity the earlier ones left.
 * Candidates are limited to what the limits could use this tick, so a 1M-row campaign
 * reads a handful of rows.
 */
export async function buildTick(
  em: EntityManager,
  now: Date,
  tickSeconds: number,
  sw: SwitchView,
  pacing: PacingMemory,
  queues?: QueueSlotSource,
  windows?: ProfileWindows,
): Promise<TickInput> {
  const running = await loadRunningCampaigns(em);
  const tenantIds = [...new Set(running.map((c) => c.tenantId))];
  const campaigns = new Map(running.map((c) => [c.id, c]));
  if (running.length === 0) return { now, tenants: [], campaigns, gateways: new Map() };
  const [limits, gateways, inFlight] = [await loadTenantLimits(em, tenantIds), await loadGateways(em, tenantIds), await loadInFlight(em)];
  const agentSlots = await loadAgentSlots(em, running, now, queues, windows);

  const byCampaign = new Map<string, CallCounts>();
  const byTenant = new Map<string, CallCounts>();
  const byGateway = new Map<string, number>();
  let switchTotal = 0;
  for (const r of inFlight) {
    const c = byCampaign.get(r.campaignId) ?? { internal: 0, external: 0 };
    add(c, r.internal, r.n);
    byCampaign.set(r.campaignId, c);
    const t = byTenant.get(r.tenantId) ?? { internal: 0, external: 0 };
    add(t, r.internal, r.n);
    byTenant.set(r.tenantId, t);
    if (r.gatewayId) byGateway.set(r.gatewayId, (byGateway.get(r.gatewayId) ?? 0) + r.n);
    switchTotal += r.n;
  }

  // The switch counts sessions (a loopback call is two): its limits as calls of the widest kind.
  const perCall = Math.max(sw.sessionsPerCall ?? 1, ...[...gateways.values()].map((g) => sessionsPerCall(g.dialString)));
  const switchCalls =
    sw.maxSessions === null
      ? Infinity
      : callCapacity({ maxSessions: sw.maxSessions, activeSessions: sw.activeSessions ?? 0 }, switchTotal, perCall);
  const switchCps = sw.sessionsPerSecond === null ? null : Math.max(1, Math.floor(sw.sessionsPerSecond / perCall));

  const tenants: TenantTick[] = [];
  for (const tenantId of tenantIds) {
    const lim = limits.get(tenantId);
    const tenantFlight = byTenant.get(tenantId) ?? { internal: 0, external: 0 };
    const tenantCps = lim?.callsPerSecond ?? 10;
    const plannerCampaigns: PlannerCampaign[] = [];
    for (const c of running.filter((x) => x.tenantId === tenantId)) {
      const flight = byCampaign.get(c.id) ?? { internal: 0, external: 0 };
      // Read only what this tick could dial: free slots, capped by the rate over one tick.
      const free = Math.min(
        c.maxTotal - total(flight),
        (lim?.maxTotalCalls ?? 100) - total(tenantFlight),
        finite(switchCalls - switchTotal),
      );
      const perTick = Math.ceil(Math.min(c.callsPerSecond, tenantCps, switchCps ?? Infinity) * tickSeconds) + 1;
      const want = Math.max(1, Math.min(free, perTick) + 4);
      const draft: Omit<PlannerCampaign, 'candidates'> = {
        id: c.id,
        status: CampaignStatus.RUNNING,
        priority: c.priority,
        startedAt: c.startedAt,
        limits: { maxTotal: c.maxTotal, maxInternal: c.maxInternal, maxExternal: c.maxExternal, callsPerSecond: c.callsPerSecond },
        ...gateRulesOf(c),
        inFlight: flight,
        gatewayIds: c.gatewayIds,
        lastOriginateAt: pacing.get(PacingMemory.campaign(c.id)),
        agentSlots: agentSlots.get(c.id) ?? null,
      };
      // Recipients outside their own window (not-before, time zone) may fill the head of the
      // queue; read further so they do not block the ones that can be dialed now.
      let limit = want;
      let candidates = await loadCandidates(em, c.id, tenantId, now, limit);
      // Not while the campaign's own calendar is closed: then nobody is dialable and reading more is waste.
      const open = c.calendar === null || isOpen(c.calendar, now);
      while (
        open &&
        free > 0 &&
        candidates.length >= limit &&
        limit < MAX_READ &&
        surveyCandidates({ ...draft, candidates }, now).dialable.length < Math.min(free, perTick)
      ) {
        limit *= 8;
        candidates = await loadCandidates(em, c.id, tenantId, now, limit);
      }
      plannerCampaigns.push({
        ...draft,
        candidates,
        nextDueAt: candidates.length < limit ? await loadNextDueAt(em, c.id, now) : null,
      });
    }
    const plannerGateways: PlannerGateway[] = [...gateways.values()]
      .filter((g) => g.tenantId === tenantId)
      .map((g) => ({
        id: g.id,
        state: g.enabled && !sw.downGateways.has(g.id) ? 'UP' : 'DOWN',
        maxConcurrent: g.maxConcurrent,
        callsPerSecond: g.callsPerSecond,
        inFlight: byGateway.get(g.id) ?? 0,
        lastOriginateAt: pacing.get(PacingMemory.gateway(g.id)),
      }));
    tenants.push({
      tenantId,
      snapshot: {
        now,
        tickSeconds,
        limits: {
          maxTotal: lim?.maxTotalCalls ?? 100,
          maxInternal: lim?.maxInternalCalls ?? 100,
          maxExternal: lim?.maxExternalCalls ?? 100,
          callsPerSecond: tenantCps,
          maxActiveCampaigns: lim?.maxActiveCampaigns ?? 10,
        },
        inFlight: tenantFlight,
        lastOriginateAt: pacing.get(PacingMemory.tenant(tenantId)),
        internalPattern: lim?.internalNumberPattern ?? DEFAULT_INTERNAL_PATTERN,
        switch: {
          up: sw.up,
          sessionsPerSecond: switchCps,
          // The switch is shared: this tenant may use what the others leave.
          maxSessions: sw.maxSessions === null ? null : switchCalls - (switchTotal - total(tenantFlight)),
          lastOriginateAt: pacing.get(PacingMemory.SWITCH),
        },
        gateways: plannerGateways,
        campaigns: plannerCampaigns,
      },
    });
  }
  return { now, tenants, campaigns, gateways };
}
