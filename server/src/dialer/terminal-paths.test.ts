import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { Permission } from '../auth/permission';
import type { Principal } from '../auth/principal';
import type { CommandContext } from '../commands/command-context';
import { changeCampaignStatus } from '../commands/campaign/change-campaign-status';
import { CampaignAction } from '../domain/campaign/campaign-transitions';
import type { Tenant } from '../entities/tenant.entity';
import { assertFiguresAgree } from './testing/figures-agree';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

/**
 * Issue 19 item 1: every terminal path with calls in flight (cancel, cancel with hangUpCalls,
 * terminate, completion by threshold, restart). Each call's end still moves its recipient;
 * afterwards nothing is DIALING or IN_CALL, the run state is null once the campaign cannot
 * dial, and counters = statistics = report = CSV = rows (testing/figures-agree.ts).
 * Simulator at 20x: a callee ringing 100 s rings 5 s of real time.
 */
let env: DialerTestEnv;
/** A failed test must not keep the leadership from the next one's dialer. */
const started: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  for (const d of started.splice(0)) await d.stop();
});
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const OPEN_CALLS = 'select count(*)::int from call_attempt where campaign_id = ? and ended_at is null';
const IN_CALL = `select count(*)::int from campaign_recipient where campaign_id = ? and state in ('DIALING', 'IN_CALL')`;

const count = async (sql: string, id: string) =>
  (await rows<{ n: number }>(env.em(), sql.replace('count(*)::int', 'count(*)::int n'), [id]))[0]!.n;
const campaignRow = async (id: string) =>
  (await rows<{ status: string; run_state: string | null }>(env.em(), 'select status, run_state from campaign where id = ?', [id]))[0]!;

function ctxFor(tenant: Tenant): () => CommandContext {
  const principal: Principal = {
    kind: 'USER',
    id: '00000000-0000-0000-0000-000000000001',
    label: 'tester',
    tenantId: tenant.id,
    permissions: new Set(Object.values(Permission)),
  };
  return () => ({ em: env.em(), principal, bus: env.bus });
}

/** A RUNNING campaign of `n` recipients (numbers prefix + i), one attempt each, `limit` calls at once. */
async function campaign(prefix: string, n: number, limit: number, extra: { completionThreshold?: number } = {}) {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    maxConcurrentCalls: limit,
    callsPerSecond: 50,
    maxAttempts: 1,
    ringTimeoutSeconds: 3000,
    broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }],
    ...extra,
  });
  await seedRecipients(em, c.id, n, prefix);
  return { id: c.id, ctx: ctxFor(tenant) };
}

/** After the calls ended: nothing in a call, no run state, every figure agrees. */
async function settled(id: string): Promise<Record<string, number>> {
  await env.waitFor<number>(OPEN_CALLS, [id], (n) => n === 0, 'every call ended');
  assert.equal(await count(IN_CALL, id), 0, 'nothing DIALING or IN_CALL once the calls ended');
  assert.equal((await campaignRow(id)).run_state, null, 'no run state once the campaign cannot dial');
  return assertFiguresAgree(env.em(), id);
}

test('cancel lets calls in flight finish; each recipient gets the state its call gives it', { timeout: 180_000 }, async () => {
  const c = await campaign('+1601', 8, 4);
  env.h.sim.setRules([{ match: /^\+1601/, outcome: { base: 'busy', ringSec: 100 } }]);
  const dialer = await env.startDialer();
  started.push(dialer);
  await env.waitFor<number>(OPEN_CALLS, [c.id], (n) => n === 4, 'four calls in flight');
  await changeCampaignStatus(c.ctx(), c.id, CampaignAction.CANCEL);
  assert.deepEqual(await campaignRow(c.id), { status: 'CANCELLED', run_state: null });
  assert.equal(await count(IN_CALL, c.id), 4, 'the calls go on after the cancel');
  const states = await settled(c.id);
  // The four called got their call's result (busy, one attempt: FAILED); the rest wait for a restart.
  assert.deepEqual(states, { FAILED: 4, READY: 4 });
  await env.afterTicks(dialer, 3);
  assert.equal(await count('select count(*)::int from call_attempt where campaign_id = ?', c.id), 4, 'nothing dialed after the cancel');
});

test('cancel with hangUpCalls ends the calls in flight through the dialer', { timeout: 180_000 }, async () => {
  const c = await campaign('+1602', 8, 4);
  // Rings for 20,000 simulated seconds: only the hang-up ends these calls within the test.
  env.h.sim.setRules([{ match: /^\+1602/, outcome: { base: 'busy', ringSec: 20_000 } }]);
  const dialer = await env.startDialer();
  started.push(dialer);
  await env.waitFor<number>(OPEN_CALLS, [c.id], (n) => n === 4, 'four calls in flight');
  await changeCampaignStatus(c.ctx(), c.id, CampaignAction.CANCEL, { hangUpCalls: true });
  const states = await settled(c.id);
  assert.equal(states.READY, 4, 'the recipients never called wait for a restart');
  assert.equal((states.READY ?? 0) + (states.FAILED ?? 0) + (states.RETRY_WAIT ?? 0) + (states.CONTACTED ?? 0), 8);
  const [ev] = await rows<{ details: { hangUpCalls?: boolean } }>(
    env.em(),
    `select details from campaign_event where campaign_id = ? and action = 'CANCEL'`,
    [c.id],
  );
  assert.equal(ev?.details.hangUpCalls, true, 'the history says the calls were hung up');
});

test('terminate after a cancel: hangUpCalls ends the calls still in flight', { timeout: 180_000 }, async () => {
  const c = await campaign('+1603', 6, 3);
  env.h.sim.setRules([{ match: /^\+1603/, outcome: { base: 'busy', ringSec: 20_000 } }]);
  const dialer = await env.startDialer();
  started.push(dialer);
  await env.waitFor<number>(OPEN_CALLS, [c.id], (n) => n === 3, 'three calls in flight');
  await changeCampaignStatus(c.ctx(), c.id, CampaignAction.CANCEL);
  await env.afterTicks(dialer, 3);
  assert.equal(await count(OPEN_CALLS, c.id), 3, 'a plain cancel leaves the calls up');
  await changeCampaignStatus(c.ctx(), c.id, CampaignAction.TERMINATE, { hangUpCalls: true });
  await settled(c.id);
  assert.deepEqual(await campaignRow(c.id), { status: 'TERMINATED', run_state: null });
});

test('completion by threshold while calls are in flight: those calls still end and are recorded', { timeout: 180_000 }, async () => {
  const c = await campaign('+1604', 10, 10, { completionThreshold: 10 });
  // r1 answers and hangs up at once (CONTACTED: 10%, the first call end this dialer records, so
  // the threshold is checked); the others are busy after 200 s (10 s real).
  env.h.sim.setRules([
    { match: /^\+16040000010000$/, outcome: { base: 'answer', ringSec: 1, talkSec: 1 } },
    { match: /^\+1604/, outcome: { base: 'busy', ringSec: 200 } },
  ]);
  const dialer = await env.startDialer();
  started.push(dialer);
  const status = await env.waitFor<string>('select status from campaign where id = ?', [c.id], (s) => s !== 'RUNNING', 'the campaign ends');
  assert.equal(status, 'COMPLETED');
  assert.ok((await count(OPEN_CALLS, c.id)) > 0, 'calls were still in flight when the campaign completed');
  const states = await settled(c.id);
  assert.deepEqual(states, { CONTACTED: 1, FAILED: 9 });
  assert.deepEqual(await campaignRow(c.id), { status: 'COMPLETED', run_state: null });
});

test('restart with calls in flight: no recipient dialed twice, every call recorded, then INCOMPLETE', { timeout: 180_000 }, async () => {
  const c = await campaign('+1605', 8, 4);
  env.h.sim.setRules([{ match: /^\+1605/, outcome: { base: 'busy', ringSec: 100 } }]);
  const dialer = await env.startDialer();
  started.push(dialer);
  await env.waitFor<number>(OPEN_CALLS, [c.id], (n) => n === 4, 'four calls in flight');
  await changeCampaignStatus(c.ctx(), c.id, CampaignAction.CANCEL);
  await changeCampaignStatus(c.ctx(), c.id, CampaignAction.RESTART);
  assert.equal(await count(IN_CALL, c.id), 4, 'restarted while its calls were still up');
  await env.waitFor<string>('select status from campaign where id = ?', [c.id], (s) => s === 'INCOMPLETE', 'INCOMPLETE once all failed');
  const states = await settled(c.id);
  assert.deepEqual(states, { FAILED: 8 });
  const perRecipient = await rows<{ n: number }>(
    env.em(),
    'select count(*)::int n from call_attempt where campaign_id = ? group by recipient_id',
    [c.id],
  );
  assert.deepEqual(
    perRecipient.map((r) => r.n),
    Array<number>(8).fill(1),
    'one call per recipient',
  );
});
