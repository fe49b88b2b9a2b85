import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Permission } from '../auth/permission';
import type { Principal } from '../auth/principal';
import type { CommandContext } from '../commands/command-context';
import { changeCampaignStatus } from '../commands/campaign/change-campaign-status';
import { createCampaign } from '../commands/campaign/create-campaign';
import { CampaignAction } from '../domain/campaign/campaign-transitions';
import type { CampaignChangedPayload } from '../events/topics';
import { listen } from '../events/listen';
import { SteppedClock } from './clock';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

/**
 * Issue 19: the run state is what holds a campaign, published once it has held for a second,
 * so steady dialing at a limit is quiet; a new campaign's default speed fills its concurrency;
 * a campaign that can no longer dial has no run state.
 */
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

const stateOf = async (id: string) =>
  (
    await rows<{ s: string | null; r: string | null }>(
      env.em(),
      'select run_state as s, run_state_reason as r from campaign where id = ?',
      [id],
    )
  )[0];
const inFlight = `select count(*)::int from call_attempt where campaign_id = ? and ended_at is null`;
const count = async (sql: string, id: string) =>
  (await rows<{ n: number }>(env.em(), sql.replace('count(*)::int', 'count(*)::int as n'), [id]))[0]?.n ?? 0;
const attempts = 'select count(*)::int from call_attempt where campaign_id = ?';

test('60 s (dialer clock) of steady dialing at the limit sends a handful of campaignChanged at most', { timeout: 240_000 }, async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 200, maxTotalCalls: 100, maxExternalCalls: 100 });
  const c = await seedCampaign(em, tenant, { maxConcurrentCalls: 5, callsPerSecond: 100, maxAttempts: 1 });
  await seedRecipients(em, c.id, 3000, '+1555');
  // Every call rings 20 simulated seconds (1 s real at the harness's time scale), then ends.
  env.h.sim.setRules([{ match: /.*/, outcome: { base: 'no-answer', ringSec: 20 } }]);
  const messages: CampaignChangedPayload[] = [];
  const stop = listen(env.bus, 'CAMPAIGN_CHANGED', (p) => {
    if (p.campaignId === c.id) messages.push(p);
  });
  const clock = new SteppedClock(new Date());
  const dialer = await env.startDialer({ clock, tickMs: 20 });
  // Drive the dialer's clock as production ticks go (every 250 ms) until the limit state is published.
  const drive = async (ms: number) => {
    for (let t = 0; t < ms; t += 250) {
      clock.advance(250);
      await env.afterTicks(dialer, 1);
    }
  };
  for (let i = 0; i < 40 && (await stateOf(c.id))?.s !== 'AT_LIMIT'; i++) await drive(1000);
  assert.deepEqual(await stateOf(c.id), { s: 'AT_LIMIT', r: 'CAMPAIGN_CALLS' });
  const before = messages.length;
  const callsBefore = await count(attempts, c.id);
  let atLimit = 0;
  let samples = 0;
  for (let s = 0; s < 60; s++) {
    await drive(1000);
    samples += 1;
    if ((await count(inFlight, c.id)) === 5) atLimit += 1;
  }
  const callsAfter = await count(attempts, c.id);
  // Wait for the bus to deliver what the last tick published (a message NOTIFYs in order, so a marker is enough).
  await env.bus.publish('CAMPAIGN_CHANGED', { ...messages[0]!, action: 'MARKER' });
  await env.waitFor<number>('select 1', [], () => messages.some((m) => m.action === 'MARKER'), 'the marker');
  stop();
  const during = messages.slice(before).filter((m) => m.action !== 'MARKER');
  console.log(
    `# campaignChanged during 60 s of steady dialing at the limit: ${during.length} (calls placed: ${callsAfter - callsBefore}, at the limit in ${atLimit}/${samples} samples)`,
  );
  assert.ok(callsAfter - callsBefore >= 20, `it kept dialing: ${callsAfter - callsBefore} calls`);
  assert.ok(during.length <= 6, `${during.length} messages: ${during.map((m) => `${m.runState}/${m.runStateReason ?? ''}`).join(', ')}`);
  await dialer.stop();
});

test(
  'a new campaign with default settings reaches its concurrency limit on the simulator, and shows AT_LIMIT',
  { timeout: 120_000 },
  async () => {
    const em = env.em();
    const tenant = await seedTenant(em);
    const principal: Principal = {
      kind: 'USER',
      id: '00000000-0000-0000-0000-000000000001',
      label: 'tester',
      tenantId: tenant.id,
      permissions: new Set(Object.values(Permission)),
    };
    const ctx = (): CommandContext => ({ em: env.em(), principal, bus: env.bus });
    // Only what a campaign needs to start; speed and concurrency are the defaults. The ring
    // timeout is raised past the callees' ring time: at its default (30 s, 1.5 s real at the
    // harness's time scale) the switch ends each call before the default speed (5/s) puts ten up.
    const c = await createCampaign(ctx(), {
      name: 'defaults',
      broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }],
      ringTimeoutSeconds: 300,
    });
    assert.deepEqual([c.maxConcurrentCalls, c.callsPerSecond, c.runState], [10, 5, null]);
    await seedRecipients(env.em(), c.id, 40, '+1777');
    // Calls ring 200 simulated seconds (10 s real), inside the ring timeout: the limit, not call ends, decides.
    env.h.sim.setRules([{ match: /.*/, outcome: { base: 'no-answer', ringSec: 200 } }]);
    await changeCampaignStatus(ctx(), c.id, CampaignAction.START);
    assert.deepEqual(await stateOf(c.id), { s: 'IDLE', r: null });
    const dialer = await env.startDialer();
    await env.waitFor<number>(inFlight, [c.id], (n) => n === 10, 'ten calls in flight (its maxConcurrentCalls)');
    await env.waitFor<string>('select run_state from campaign where id = ?', [c.id], (s) => s === 'AT_LIMIT', 'AT_LIMIT');
    assert.equal((await stateOf(c.id))?.r, 'CAMPAIGN_CALLS');

    // Cancelled with calls in flight: no run state, and the dialer never writes one back.
    await changeCampaignStatus(ctx(), c.id, CampaignAction.CANCEL);
    assert.deepEqual(await stateOf(c.id), { s: null, r: null });
    await env.afterTicks(dialer, 3);
    assert.deepEqual(await stateOf(c.id), { s: null, r: null });
    await dialer.stop();
  },
);

test('a speed that holds a campaign shows PACED with whose speed it is', { timeout: 120_000 }, async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 1 });
  const c = await seedCampaign(em, tenant, { maxConcurrentCalls: 50, callsPerSecond: 100 });
  await seedRecipients(em, c.id, 40, '+1888');
  env.h.sim.setRules([{ match: /.*/, outcome: { base: 'no-answer', ringSec: 200 } }]);
  const dialer = await env.startDialer();
  await env.waitFor<string>('select run_state from campaign where id = ?', [c.id], (s) => s === 'PACED', 'PACED');
  assert.deepEqual(await stateOf(c.id), { s: 'PACED', r: 'TENANT_SPEED' });
  await dialer.stop();
});
