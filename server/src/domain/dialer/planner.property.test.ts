import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOpen } from '../calendar/calendar-hours';
import { CampaignStatus } from '../campaign/campaign-status';
import { RunState } from '../campaign/run-state';
import { classifyDirection } from '../numbers/direction';
import { pickNumber } from '../numbers/number-rotation';
import { whyNotDialable } from '../recipient/dialable';
import { plan } from './planner';
import { Gen, genSnapshot, prng } from './planner.generators';
import type { CallCounts, ConcurrencyLimits, OriginateAction, PlannerAction, PlannerCampaign, PlannerSnapshot } from './planner-types';

const WAITING: ReadonlySet<RunState> = new Set([RunState.IDLE, RunState.OUTSIDE_HOURS, RunState.WAITING_RETRY]);
const WITH_REASON: ReadonlySet<RunState> = new Set([RunState.PACED, RunState.AT_LIMIT, RunState.BLOCKED, RunState.SWITCH_DOWN]);

const cap = (n: number | null | undefined) => (n == null ? Infinity : n);
const total = (c: CallCounts) => c.internal + c.external;

/** The new calls must fit every counter they were added to. */
function assertCounts(limits: ConcurrencyLimits, before: CallCounts, added: CallCounts, where: string): void {
  const after = { internal: before.internal + added.internal, external: before.external + added.external };
  if (total(added) > 0) assert.ok(total(after) <= cap(limits.maxTotal), `${where}: total ${total(after)} > ${limits.maxTotal}`);
  if (added.internal > 0) assert.ok(after.internal <= cap(limits.maxInternal), `${where}: internal over limit`);
  if (added.external > 0) assert.ok(after.external <= cap(limits.maxExternal), `${where}: external over limit`);
}

/** Consecutive calls of one scope are at least 1/cps apart, including the previous tick's last call. */
function assertSpacing(times: number[], last: Date | null, cps: number | null, where: string): void {
  if (cps == null || times.length === 0) return;
  assert.ok(cps > 0, `${where}: dialed with a zero rate`);
  const spacing = 1000 / cps;
  const all = [...(last ? [last.getTime()] : []), ...times].sort((a, b) => a - b);
  for (let i = 1; i < all.length; i++) {
    const gap = (all[i] ?? 0) - (all[i - 1] ?? 0);
    assert.ok(gap >= spacing - 1e-6, `${where}: calls ${gap} ms apart, need ${spacing}`);
  }
}

function checkInvariants(s: PlannerSnapshot, actions: PlannerAction[]): void {
  const calls = actions.filter((a): a is OriginateAction => a.type === 'originate');
  const running = s.campaigns.filter((c) => c.status === CampaignStatus.RUNNING);
  const nowMs = s.now.getTime();

  const states = actions.filter((a) => a.type === 'runState').map((a) => a.campaignId);
  assert.deepEqual(states.sort(), running.map((c) => c.id).sort(), 'one run state per running campaign');
  if (!s.switch.up) {
    assert.equal(calls.length, 0, 'no calls while the switch is down');
    return;
  }

  const seen = new Set<string>();
  const added = new Map<string, CallCounts>();
  const global: CallCounts = { internal: 0, external: 0 };
  const gatewayAdded = new Map<string, number>();
  for (const call of calls) {
    assert.ok(!seen.has(call.recipientId), `recipient ${call.recipientId} dialed twice`);
    seen.add(call.recipientId);
    const c = running.find((x) => x.id === call.campaignId);
    assert.ok(c, `call for a campaign that is not running: ${call.campaignId}`);
    const cand = c.candidates.find((x) => x.recipientId === call.recipientId);
    assert.ok(cand, 'call for an unknown candidate');
    assert.equal(whyNotDialable(cand, s.now, c.calendar), null, `not dialable: ${JSON.stringify(cand)}`);
    assert.ok(!cand.dnc, 'DNC dialed');
    assert.ok(!cand.numbers[call.numberIndex]?.dnc, 'DNC number dialed');
    if (c.calendar) assert.ok(isOpen(c.calendar, s.now, cand.timeZone), 'dialed outside hours');
    assert.deepEqual(pickNumber(cand.numbers, cand.numberCursor), { index: call.numberIndex, number: call.number });
    assert.equal(call.direction, classifyDirection(call.number, s.internalPattern));
    assert.ok(call.at.getTime() >= nowMs && call.at.getTime() < nowMs + Math.max(1, s.tickSeconds * 1000), 'at outside tick');

    if (call.direction === 'internal' || c.gatewayIds.length === 0) {
      assert.equal(call.gatewayId, null, 'gateway on an internal/default-route call');
    } else {
      assert.ok(call.gatewayId && c.gatewayIds.includes(call.gatewayId), 'gateway not in campaign');
      const gw = s.gateways.find((x) => x.id === call.gatewayId);
      assert.ok(gw && gw.state === 'UP', 'gateway down or unknown');
      gatewayAdded.set(gw.id, (gatewayAdded.get(gw.id) ?? 0) + 1);
    }
    const a = added.get(c.id) ?? { internal: 0, external: 0 };
    a[call.direction] += 1;
    added.set(c.id, a);
    global[call.direction] += 1;
  }

  assertCounts(s.limits, s.inFlight, global, 'global');
  if (total(global) > 0) assert.ok(total(s.inFlight) + total(global) <= cap(s.switch.maxSessions), 'switch sessions');
  for (const c of running) {
    const a = added.get(c.id) ?? { internal: 0, external: 0 };
    assertCounts(c.limits, c.inFlight, a, c.id);
    if (c.agentSlots != null) assert.ok(total(a) <= c.agentSlots, `${c.id}: agent slots`);
    assertSpacing(
      calls.filter((x) => x.campaignId === c.id).map((x) => x.at.getTime()),
      c.lastOriginateAt,
      c.limits.callsPerSecond,
      c.id,
    );
  }
  for (const gw of s.gateways) {
    const n = gatewayAdded.get(gw.id) ?? 0;
    if (n > 0) assert.ok(gw.inFlight + n <= cap(gw.maxConcurrent), `${gw.id}: concurrency`);
    assertSpacing(
      calls.filter((x) => x.gatewayId === gw.id).map((x) => x.at.getTime()),
      gw.lastOriginateAt,
      gw.callsPerSecond,
      gw.id,
    );
  }
  const times = calls.map((x) => x.at.getTime());
  assertSpacing(times, s.lastOriginateAt, s.limits.callsPerSecond, 'global cps');
  assertSpacing(times, s.switch.lastOriginateAt, s.switch.sessionsPerSecond, 'switch sps');

  // Max active campaigns: newcomers only while the limit holds; holders may only shrink.
  const holders = new Set(running.filter((c) => total(c.inFlight) > 0).map((c) => c.id));
  const dialing = new Set(calls.map((x) => x.campaignId));
  const active = new Set([...holders, ...dialing]);
  const newcomers = [...dialing].filter((id) => !holders.has(id));
  if (newcomers.length > 0) assert.ok(active.size <= cap(s.limits.maxActiveCampaigns), 'too many active campaigns');
  assert.ok(dialing.size <= cap(s.limits.maxActiveCampaigns), 'more campaigns dialing than allowed');

  // Expire and stop actions only for recipients that need them.
  for (const a of actions) {
    if (a.type !== 'expire' && a.type !== 'stop') continue;
    const c = running.find((x) => x.id === a.campaignId);
    const cand = c?.candidates.find((x) => x.recipientId === a.recipientId);
    assert.ok(c && cand, `${a.type} for an unknown candidate`);
    // Generated dup-* ids are shared across campaigns; real recipient ids never are.
    if (!a.recipientId.startsWith('dup-')) assert.ok(!seen.has(a.recipientId), `${a.type} for a dialed recipient`);
    // Past expire-at or past not-after: both are final (EXPIRED) at once.
    if (a.type === 'expire') assert.ok(['EXPIRED', 'WINDOW_CLOSED'].includes(whyNotDialable(cand, s.now, c.calendar) ?? ''));
    else assert.equal(pickNumber(cand.numbers, cand.numberCursor), null);
  }

  // Run states agree with what happened.
  for (const a of actions) {
    if (a.type !== 'runState') continue;
    // A campaign that placed calls shows what holds it now (or DIALING), never a waiting state.
    if (dialing.has(a.campaignId)) assert.ok(!WAITING.has(a.state), `${a.state} for a campaign that dialed`);
    // A limit's state always names the limit; other states never carry one.
    assert.equal(a.reason !== null, WITH_REASON.has(a.state), `${a.state} with reason ${a.reason}`);
    if (a.wakeAt) assert.ok(a.wakeAt.getTime() > nowMs, 'wakeAt in the past');
  }
}

describe('planner invariants on random snapshots', () => {
  it('never breaks a limit, never dials twice, never outside hours, never DNC', () => {
    const runs = 3000;
    let dialed = 0;
    const stats: Record<string, number> = {};
    for (let seed = 1; seed <= runs; seed++) {
      const s = genSnapshot(seed);
      const actions = plan(s);
      if (seed % 10 === 0) assert.deepEqual(plan(s), actions, `seed ${seed}: plan is not deterministic`);
      try {
        checkInvariants(s, actions);
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`, { cause: error });
      }
      dialed += actions.filter((a) => a.type === 'originate').length;
      for (const a of actions) if (a.type === 'runState') stats[a.state] = (stats[a.state] ?? 0) + 1;
    }
    // The generator must exercise the planner, not just block everything.
    const limited = (stats[RunState.BLOCKED] ?? 0) + (stats[RunState.AT_LIMIT] ?? 0) + (stats[RunState.PACED] ?? 0);
    assert.ok((stats[RunState.DIALING] ?? 0) > 500 && limited > 1000, JSON.stringify(stats));
    assert.ok(dialed > runs, `only ${dialed} calls planned in ${runs} snapshots`);
  });

  it('with generous limits, every dialable recipient with a number is dialed', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const s = genSnapshot(seed);
      const open: PlannerSnapshot = {
        ...s,
        limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null, maxActiveCampaigns: null },
        switch: { up: true, sessionsPerSecond: null, maxSessions: null, lastOriginateAt: null },
        gateways: [],
        campaigns: s.campaigns.map((c) => ({
          ...c,
          gatewayIds: [],
          agentSlots: null,
          limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null },
        })),
      };
      const dialed = new Set(plan(open).flatMap((a) => (a.type === 'originate' ? [a.recipientId] : [])));
      for (const c of open.campaigns) {
        if (c.status !== CampaignStatus.RUNNING) continue;
        for (const cand of c.candidates) {
          const ok = whyNotDialable(cand, open.now, c.calendar) === null && pickNumber(cand.numbers, cand.numberCursor);
          if (ok && !cand.recipientId.startsWith('dup-'))
            assert.ok(dialed.has(cand.recipientId), `seed ${seed}: ${cand.recipientId} not dialed`);
        }
      }
    }
  });

  it('scarce global slots go by priority, shared fairly within a priority', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const s = genSnapshot(seed);
      const g = new Gen(prng(seed * 7919));
      const scarce: PlannerSnapshot = {
        ...s,
        inFlight: s.campaigns.reduce(
          (acc, c) => ({ internal: acc.internal + c.inFlight.internal, external: acc.external + c.inFlight.external }),
          { internal: 0, external: 0 },
        ),
        limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null, maxActiveCampaigns: null },
        switch: { up: true, sessionsPerSecond: null, maxSessions: null, lastOriginateAt: null },
        gateways: [],
        campaigns: s.campaigns.map((c) => ({
          ...c,
          gatewayIds: [],
          agentSlots: null,
          limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null },
        })),
      };
      scarce.limits.maxTotal = total(scarce.inFlight) + g.int(0, 6);
      const calls = plan(scarce).filter((a): a is OriginateAction => a.type === 'originate');
      const running = scarce.campaigns.filter((c) => c.status === CampaignStatus.RUNNING);
      const placed = (id: string) => calls.filter((x) => x.campaignId === id).length;
      const dialed = new Set(calls.map((x) => x.recipientId));
      const leftOver = (c: PlannerCampaign) =>
        c.candidates.some(
          (x) =>
            !x.recipientId.startsWith('dup-') &&
            !dialed.has(x.recipientId) &&
            whyNotDialable(x, scarce.now, c.calendar) === null &&
            pickNumber(x.numbers, x.numberCursor) !== null,
        );
      for (const hi of running) {
        if (!leftOver(hi)) continue;
        for (const lo of running) {
          if (lo.priority < hi.priority) assert.equal(placed(lo.id), 0, `seed ${seed}: ${lo.id} dialed before ${hi.id}`);
          if (lo.priority === hi.priority && placed(lo.id) > 0) {
            const load = (c: PlannerCampaign) => total(c.inFlight) + placed(c.id);
            assert.ok(load(lo) <= load(hi) + 1, `seed ${seed}: ${lo.id} got more than its share over ${hi.id}`);
          }
        }
      }
    }
  });
});
