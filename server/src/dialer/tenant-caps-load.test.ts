import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, before, test } from 'node:test';
import type { Principal } from '../auth/principal';
import { updateTenant } from '../commands/tenant/update-tenant';
import type { Tenant } from '../entities/tenant.entity';
import { waitFor } from '../test/wait-for';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 21 item 2, the invariant under load: two tenants on one switch, three campaigns each whose
// own limits (and the tenants' own settings) are far above the caps the platform operator set.
// Sampled from the simulator's side all along: a tenant's concurrent calls never exceed its
// concurrency cap, its campaigns with calls never exceed its active-campaigns cap, and its originates
// never exceed its rate cap; then the operator lowers the caps mid-run and the lower caps hold from
// the dialer's next decisions on, the run state saying the
// tenant holds the campaigns (BLOCKED TENANT_*CALLS, PACED TENANT_SPEED).

let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const operator: Principal = { kind: 'USER', id: randomUUID(), label: 'operator', tenantId: randomUUID(), permissions: new Set() };
const HIGH = { maxTotalCalls: 200, maxExternalCalls: 200, maxInternalCalls: 200, callsPerSecond: 200, maxActiveCampaigns: 10 };
const OWN = { maxConcurrentCalls: 100, callsPerSecond: 100, maxAttempts: 1, ringTimeoutSeconds: 10 };

interface Originate {
  tenant: string;
  at: number;
  /** The tenant's calls up on the switch just before this one. */
  liveBefore: number;
}

/** The switch's live calls per tenant now (calls carry their campaign as pacer_campaign). */
function liveByTenant(env: DialerTestEnv, tenantOf: Map<string, string>): Map<string, number> {
  const live = new Map<string, number>();
  for (const call of env.h.sim.core.calls.values()) {
    const tenant = tenantOf.get(call.init.vars.get('pacer_campaign') ?? '') ?? '?';
    live.set(tenant, (live.get(tenant) ?? 0) + 1);
  }
  return live;
}

/** How many campaigns of each tenant have a call on the switch now. */
function activeByTenant(env: DialerTestEnv, tenantOf: Map<string, string>): Map<string, number> {
  const campaigns = new Set<string>();
  for (const call of env.h.sim.core.calls.values()) campaigns.add(call.init.vars.get('pacer_campaign') ?? '');
  const active = new Map<string, number>();
  for (const c of campaigns) {
    const tenant = tenantOf.get(c) ?? '?';
    active.set(tenant, (active.get(tenant) ?? 0) + 1);
  }
  return active;
}

/** Most originates in any window [t, t + ms] starting at one of them. */
function maxInWindow(times: number[], ms: number): number {
  let best = 0;
  let j = 0;
  for (let i = 0; i < times.length; i++) {
    while (j < times.length && times[j]! <= times[i]! + ms) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

test(
  'two tenants, campaigns above their caps: concurrency and rate caps hold on the switch, also once lowered mid-run',
  { timeout: 300_000 },
  async () => {
    const em = env.em();
    const busy: Tenant = await seedTenant(em, HIGH); // held by its concurrency cap: calls last ~3 s
    const fast: Tenant = await seedTenant(em, HIGH); // held by its rate cap: calls end on answer
    const ctx = { em: env.em(), bus: env.bus, principal: operator };
    await updateTenant(ctx, busy.id, { maxConcurrentCalls: 8, callsPerSecond: 50, maxActiveCampaigns: 2 });
    await updateTenant(ctx, fast.id, { maxConcurrentCalls: 50, callsPerSecond: 4 });
    env.h.sim.setRules([{ match: /^\+170[12]/, outcome: { base: 'answer', ringSec: 1, talkSec: 600 } }]);

    const tenantOf = new Map<string, string>();
    for (let i = 0; i < 3; i++) {
      const b = await seedCampaign(em, busy, { ...OWN, broadcastActions: [{ kind: 'WAIT', seconds: 3 }] });
      const f = await seedCampaign(em, fast, OWN);
      tenantOf.set(b.id, busy.id);
      tenantOf.set(f.id, fast.id);
      await seedRecipients(em, b.id, 300, '+1701');
      await seedRecipients(em, f.id, 300, '+1702');
    }

    // Every originate as the switch receives it, with the tenant's live calls at that instant.
    const sent: Originate[] = [];
    const core = env.h.sim.core;
    const originate = core.originate.bind(core);
    core.originate = (arg, jobUuid, onJobDone) => {
      const tenant = tenantOf.get(/pacer_campaign=([^,}]+)/.exec(arg)?.[1] ?? '') ?? '?';
      sent.push({ tenant, at: performance.now(), liveBefore: liveByTenant(env, tenantOf).get(tenant) ?? 0 });
      return originate(arg, jobUuid, onJobDone);
    };
    // And the live calls, sampled every few milliseconds: peaks per tenant since `since`.
    let peaks = new Map<string, number>();
    const activePeaks = new Map<string, number>();
    const sampler = setInterval(() => {
      for (const [t, n] of liveByTenant(env, tenantOf)) peaks.set(t, Math.max(peaks.get(t) ?? 0, n));
      for (const [t, n] of activeByTenant(env, tenantOf)) activePeaks.set(t, Math.max(activePeaks.get(t) ?? 0, n));
    }, 5);
    const after = (tenant: string, from: number) => sent.filter((s) => s.tenant === tenant && s.at >= from);

    // The dialer spaces a tenant's originates 1/cap apart and sends each at its time or, when this
    // process stalls, later: a window of T can then hold what was planned for T plus the longest stall.
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    try {
      const dialer = await env.startDialer();
      // Phase 1: the busy tenant fills its cap of 8; the fast one runs at 4 a second for a while.
      await waitFor(() => peaks.get(busy.id) ?? 0, { what: 'the busy tenant at its cap', until: (n) => n >= 8 });
      await waitFor(() => after(fast.id, 0).length, { what: '30 calls of the fast tenant', until: (n) => n >= 30 });

      // Phase 2: the operator lowers both caps; from the dialer's next full pass the lower ones hold.
      const lowered = performance.now();
      await updateTenant(ctx, busy.id, { maxConcurrentCalls: 4 });
      await updateTenant(ctx, fast.id, { callsPerSecond: 2 });
      await env.afterTicks(dialer, 3);
      const effective = performance.now();
      // The calls above the new cap end by themselves (no new one starts until they have).
      await waitFor(() => liveByTenant(env, tenantOf).get(busy.id) ?? 0, { what: 'the busy tenant down to 4 calls', until: (n) => n <= 4 });
      peaks = new Map();
      await waitFor(() => after(busy.id, effective).length, { what: '12 busy calls under the lower cap', until: (n) => n >= 12 });
      await waitFor(() => after(fast.id, effective).length, { what: '12 fast calls under the lower cap', until: (n) => n >= 12 });
      const busyState = await env.waitFor<number>(
        `select count(*)::int from campaign where tenant_id = ? and run_state = 'BLOCKED' and run_state_reason in ('TENANT_CALLS', 'TENANT_EXTERNAL_CALLS')`,
        [busy.id],
        (n) => n > 0,
        'a busy campaign BLOCKED by the tenant',
      );
      const fastState = await env.waitFor<number>(
        `select count(*)::int from campaign where tenant_id = ? and run_state = 'PACED' and run_state_reason = 'TENANT_SPEED'`,
        [fast.id],
        (n) => n > 0,
        'a fast campaign PACED by the tenant',
      );
      assert.ok(busyState > 0 && fastState > 0);
      clearInterval(sampler);

      // Concurrency, from the switch: no call of the busy tenant started with its cap already used.
      const before = sent.filter((s) => s.tenant === busy.id && s.at < effective);
      const late = after(busy.id, effective);
      assert.deepEqual(
        before.filter((s) => s.liveBefore >= 8),
        [],
        'no call beyond the cap of 8',
      );
      assert.deepEqual(
        late.filter((s) => s.liveBefore >= 4),
        [],
        'no call beyond the lowered cap of 4',
      );
      assert.ok((peaks.get(busy.id) ?? 0) <= 4, `busy peak under the lowered cap: ${peaks.get(busy.id)}`);

      // Active campaigns, from the switch: the busy tenant's cap of 2 (of its 3 campaigns) all along.
      assert.ok((activePeaks.get(busy.id) ?? 0) <= 2, `busy tenant's campaigns with calls at once: ${activePeaks.get(busy.id)}`);

      // Rate, from the switch: at most cap x (T + longest stall) + 1 originates in any window of T.
      stalls.disable();
      const stallMs = stalls.max / 1e6;
      const bound = (cap: number, ms: number) => Math.floor((cap * (ms + stallMs)) / 1000) + 1;
      const fastBefore = sent.filter((s) => s.tenant === fast.id && s.at < lowered).map((s) => s.at);
      const fastLate = after(fast.id, effective).map((s) => s.at);
      const rates = {
        stallMs: Math.round(stallMs),
        before1s: maxInWindow(fastBefore, 1000),
        before5s: maxInWindow(fastBefore, 5000),
        after1s: maxInWindow(fastLate, 1000),
        after5s: maxInWindow(fastLate, 5000),
      };
      assert.ok(
        rates.before1s <= bound(4, 1000) && rates.before5s <= bound(4, 5000),
        `rate under the cap of 4/s: ${JSON.stringify(rates)}`,
      );
      assert.ok(
        rates.after1s <= bound(2, 1000) && rates.after5s <= bound(2, 5000),
        `rate under the lowered cap of 2/s: ${JSON.stringify(rates)}`,
      );
      const seconds = (fastLate.at(-1)! - fastLate[0]!) / 1000;
      console.log(
        `# ${sent.length} originates; busy active campaigns ${activePeaks.get(busy.id)} (cap 2); busy peak ${Math.max(...before.map((s) => s.liveBefore)) + 1} (cap 8) then ${peaks.get(busy.id)} (cap 4); ` +
          `fast ${rates.before1s}/1 s, ${rates.before5s}/5 s (cap 4/s) then ${rates.after1s}/1 s, ${rates.after5s}/5 s (cap 2/s), ` +
          `${((fastLate.length - 1) / seconds).toFixed(2)}/s mean after; longest stall ${rates.stallMs} ms`,
      );
    } finally {
      clearInterval(sampler);
      stalls.disable();
    }
  },
);
