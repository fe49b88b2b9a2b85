import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CallDestination } from '../entities/campaign-config';
import { campaignStatistics } from '../reports/campaign-statistics';
import type { OutcomeRule } from '../switch/simulator/outcome-model';
import { waitFor } from '../test/wait-for';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17 item 5: an answered call sent to its campaign's destination ends with the outcome of
// where it went last: the IVR (IVR_*), the queue (QUEUE_*), the extension's second leg (IN_*).
// Each status below comes from a simulator scenario over the real ESL adapter.
let env: DialerTestEnv;
const campaigns: string[] = [];
let prefixes = 1800;

before(async () => {
  env = await dialerTestEnv();
  const sim = env.h.sim;
  // Extensions as a dialplan would have them: `bridge <endpoint>` (no continue_on_fail) or `ivr <menu>`.
  sim.setAgent('2101', { kind: 'answer', afterSec: 1 });
  sim.setAgent('2103', { kind: 'no-answer', ringSec: 3 });
  sim.setAgent('2104', { kind: 'no-answer', ringSec: 600 });
  sim.setExtension('5101', { kind: 'bridge', endpoint: 'user/2101' });
  sim.setExtension('5102', { kind: 'bridge', endpoint: 'loopback/15550100001' }); // digit convention: busy
  sim.setExtension('5103', { kind: 'bridge', endpoint: 'user/2103' });
  sim.setExtension('5104', { kind: 'bridge', endpoint: 'user/2104' });
  sim.setExtension('5105', { kind: 'bridge', endpoint: 'loopback/15550100003' }); // congestion
  sim.setExtension('5106', { kind: 'bridge', endpoint: 'user/9999' }); // not registered
  sim.setExtension('5201', { kind: 'ivr', menu: 'demo_ivr', sec: 3 });
  sim.setExtension('5202', { kind: 'ivr', menu: 'long_ivr', sec: 600 });
  sim.setQueue('q-answer', { freeAgents: 1, answerAfterSec: 1, talkSec: 2 });
  sim.setQueue('q-timeout', { freeAgents: 0, maxWaitSec: 3 });
  sim.setQueue('q-empty', { freeAgents: 0, maxWaitNoAgentSec: 3 });
  sim.setQueue('q-wait', { freeAgents: 0 });
  sim.setQueue('q-full', { freeAgents: 0 });
  await env.startDialer();
});
after(async () => {
  await env?.stop();
});

/**
 * One answered call to a campaign with `destination`; the callee talks `talkSec` (simulated; a
 * long talk leaves the hangup to the destination). Resolves the attempt's outcome and the
 * recipient's state once the call has ended.
 */
async function dialTo(destination: CallDestination, talkSec: number): Promise<{ outcome: string; state: string }> {
  const prefix = `+1${prefixes++}`;
  env.h.sim.addRule(new RegExp(`^\\${prefix}`), { base: 'answer', talkSec } satisfies OutcomeRule['outcome']);
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, { callsPerSecond: 50, retryWaitSeconds: 3600, destination });
  campaigns.push(c.id);
  await seedRecipients(env.em(), c.id, 1, prefix);
  const outcome = await env.waitFor<string | null>(
    `select outcome::text from call_attempt where campaign_id = ? and ended_at is not null`,
    [c.id],
    (o) => typeof o === 'string',
    `the call to ${destination.kind} ${destination.target} ended`,
  );
  const state = await env.waitFor<string>(
    `select state::text from campaign_recipient where campaign_id = ?`,
    [c.id],
    (s) => s !== 'IN_CALL' && s !== 'DIALING',
    'the recipient moved',
  );
  return { outcome: String(outcome), state };
}

const ext = (target: string): CallDestination => ({ kind: 'EXTENSION', target });

test('IN_ANSWER: the extension bridged the call to a phone that answered (success)', async () => {
  assert.deepEqual(await dialTo(ext('5101'), 10), { outcome: 'IN_ANSWER', state: 'CONTACTED' });
});

test('IN_BUSY: the extension dialed a busy phone; the call ends with it and is retried', async () => {
  assert.deepEqual(await dialTo(ext('5102'), 600), { outcome: 'IN_BUSY', state: 'RETRY_WAIT' });
});

test('IN_NOANSWER: the phone the extension rang never answered', async () => {
  assert.deepEqual(await dialTo(ext('5103'), 600), { outcome: 'IN_NOANSWER', state: 'RETRY_WAIT' });
});

test('IN_CANCEL: the callee hung up while the extension was still ringing', async () => {
  assert.deepEqual(await dialTo(ext('5104'), 3), { outcome: 'IN_CANCEL', state: 'RETRY_WAIT' });
});

test('IN_CONGESTION: the second leg met congestion', async () => {
  assert.deepEqual(await dialTo(ext('5105'), 600), { outcome: 'IN_CONGESTION', state: 'RETRY_WAIT' });
});

test('IN_CHANUNAVAIL: the extension rang a phone that is not registered', async () => {
  assert.deepEqual(await dialTo(ext('5106'), 600), { outcome: 'IN_CHANUNAVAIL', state: 'RETRY_WAIT' });
});

test('IVR_FINISHED: the menu ran to its end (success)', async () => {
  assert.deepEqual(await dialTo({ kind: 'IVR', target: '5201' }, 600), { outcome: 'IVR_FINISHED', state: 'CONTACTED' });
});

test('IVR_STARTED: the callee hung up inside the menu (retried)', async () => {
  assert.deepEqual(await dialTo({ kind: 'IVR', target: '5202' }, 3), { outcome: 'IVR_STARTED', state: 'RETRY_WAIT' });
});

test('QUEUE_ANSWER: a queue agent took the call', async () => {
  assert.deepEqual(await dialTo({ kind: 'QUEUE', target: 'q-answer' }, 600), { outcome: 'QUEUE_ANSWER', state: 'CONTACTED' });
});

test("QUEUE_TIMEOUT: the queue's max-wait-time sent the call away", async () => {
  assert.deepEqual(await dialTo({ kind: 'QUEUE', target: 'q-timeout' }, 600), { outcome: 'QUEUE_TIMEOUT', state: 'RETRY_WAIT' });
});

test('QUEUE_EMPTY: a queue without agents sent the call away (NO_AGENT_TIMEOUT)', async () => {
  assert.deepEqual(await dialTo({ kind: 'QUEUE', target: 'q-empty' }, 600), { outcome: 'QUEUE_EMPTY', state: 'RETRY_WAIT' });
});

test('QUEUE_JOIN: the callee hung up while waiting in the queue', async () => {
  assert.deepEqual(await dialTo({ kind: 'QUEUE', target: 'q-wait' }, 3), { outcome: 'QUEUE_JOIN', state: 'RETRY_WAIT' });
});

test('QUEUE_INVALID: the switch has no such queue; the recipient fails (the campaign needs fixing)', async () => {
  assert.deepEqual(await dialTo({ kind: 'QUEUE', target: 'q-missing' }, 600), { outcome: 'QUEUE_INVALID', state: 'FAILED' });
});

test('QUEUE_FULL: the queue already held its maxWaiting members, so the call was not sent there', async () => {
  // Someone already waits in q-full (a campaign without a limit put them there).
  env.h.sim.addRule(/^\+19990/, { base: 'answer', talkSec: 600 });
  const other = await seedCampaign(env.em(), await seedTenant(env.em(), { callsPerSecond: 100 }), {
    callsPerSecond: 50,
    destination: { kind: 'QUEUE', target: 'q-full' },
  });
  await seedRecipients(env.em(), other.id, 1, '+19990');
  await waitFor(() => env.h.sim.core.queues.countMembers('q-full'), { what: 'a member waiting in q-full', until: (n) => n === 1 });
  assert.deepEqual(await dialTo({ kind: 'QUEUE', target: 'q-full', maxWaiting: 1 }, 600), { outcome: 'QUEUE_FULL', state: 'RETRY_WAIT' });
  assert.equal(env.h.sim.core.queues.countMembers('q-full'), 1, 'the full queue got no one more');
  for (const call of env.h.sim.core.calls.values()) if (call.init.number.startsWith('+19990')) call.hangup();
});

test('statistics count every destination outcome by last outcome', async () => {
  const stats = await campaignStatistics(env.em(), campaigns);
  const byOutcome = Object.fromEntries(stats.byLastOutcome.map((b) => [b.key, b.count]));
  for (const o of [
    'IN_ANSWER',
    'IN_BUSY',
    'IN_NOANSWER',
    'IN_CANCEL',
    'IN_CONGESTION',
    'IN_CHANUNAVAIL',
    'IVR_FINISHED',
    'IVR_STARTED',
    'QUEUE_ANSWER',
    'QUEUE_TIMEOUT',
    'QUEUE_EMPTY',
    'QUEUE_JOIN',
    'QUEUE_INVALID',
    'QUEUE_FULL',
  ]) {
    assert.equal(byOutcome[o], 1, `${o} counted once`);
  }
  assert.equal(stats.recipients, campaigns.length);
});
