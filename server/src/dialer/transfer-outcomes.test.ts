import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BroadcastAction, CallDestination } from '../entities/campaign-config';
import type { OutcomeRule } from '../switch/simulator/outcome-model';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17: a VOICE campaign's script that TRANSFERs the answered call to an extension is judged
// like an EXTENSION destination: by the second leg the extension's `bridge` reported (IN_*), not
// as plain ANSWERED. Each outcome comes from a simulator scenario over the real ESL adapter.
let env: DialerTestEnv;
let prefixes = 1900;

before(async () => {
  env = await dialerTestEnv();
  const sim = env.h.sim;
  // Extensions as a dialplan would have them: `bridge <endpoint>` (no continue_on_fail).
  sim.setAgent('2301', { kind: 'answer', afterSec: 1 });
  sim.setAgent('2303', { kind: 'no-answer', ringSec: 3 });
  sim.setAgent('2304', { kind: 'no-answer', ringSec: 600 });
  sim.setExtension('5301', { kind: 'bridge', endpoint: 'user/2301' });
  sim.setExtension('5302', { kind: 'bridge', endpoint: 'loopback/15550100001' }); // digit convention: busy
  sim.setExtension('5303', { kind: 'bridge', endpoint: 'user/2303' });
  sim.setExtension('5304', { kind: 'bridge', endpoint: 'user/2304' });
  sim.setExtension('5305', { kind: 'bridge', endpoint: 'loopback/15550100003' }); // congestion
  sim.setExtension('5306', { kind: 'bridge', endpoint: 'user/9999' }); // not registered
  sim.setQueue('q-never', { freeAgents: 1, answerAfterSec: 1, talkSec: 2 });
  await env.startDialer();
});
after(async () => {
  await env?.stop();
});

/**
 * One answered call to a VOICE campaign whose script is `actions`; the callee talks `talkSec`
 * (simulated; a long talk leaves the hangup to the extension). Resolves the attempt's outcome and
 * the recipient's state once the call has ended.
 */
async function run(
  actions: BroadcastAction[],
  talkSec: number,
  destination?: CallDestination,
): Promise<{ outcome: string; state: string }> {
  const prefix = `+1${prefixes++}`;
  env.h.sim.addRule(new RegExp(`^\\${prefix}`), { base: 'answer', talkSec } satisfies OutcomeRule['outcome']);
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, { callsPerSecond: 50, retryWaitSeconds: 3600, broadcastActions: actions, destination });
  await seedRecipients(env.em(), c.id, 1, prefix);
  const outcome = await env.waitFor<string | null>(
    `select outcome::text from call_attempt where campaign_id = ? and ended_at is not null`,
    [c.id],
    (o) => typeof o === 'string',
    'the transferred call ended',
  );
  const state = await env.waitFor<string>(
    `select state::text from campaign_recipient where campaign_id = ?`,
    [c.id],
    (s) => s !== 'IN_CALL' && s !== 'DIALING',
    'the recipient moved',
  );
  return { outcome: String(outcome), state };
}

const transfer = (extension: string): BroadcastAction[] => [{ kind: 'TRANSFER', extension }];

test('TRANSFER -> IN_ANSWER: after a message, the extension bridged the call to a phone that answered', async () => {
  assert.deepEqual(await run([{ kind: 'PLAY', file: 'hello.wav' }, ...transfer('5301')], 10), {
    outcome: 'IN_ANSWER',
    state: 'CONTACTED',
  });
});

test('TRANSFER -> IN_BUSY: the extension dialed a busy phone', async () => {
  assert.deepEqual(await run(transfer('5302'), 600), { outcome: 'IN_BUSY', state: 'RETRY_WAIT' });
});

test('TRANSFER -> IN_NOANSWER: the phone the extension rang never answered', async () => {
  assert.deepEqual(await run(transfer('5303'), 600), { outcome: 'IN_NOANSWER', state: 'RETRY_WAIT' });
});

test('TRANSFER -> IN_CANCEL: the callee hung up while the extension was still ringing', async () => {
  assert.deepEqual(await run(transfer('5304'), 3), { outcome: 'IN_CANCEL', state: 'RETRY_WAIT' });
});

test('TRANSFER -> IN_CONGESTION: the second leg met congestion', async () => {
  assert.deepEqual(await run(transfer('5305'), 600), { outcome: 'IN_CONGESTION', state: 'RETRY_WAIT' });
});

test('TRANSFER -> IN_CHANUNAVAIL: the extension rang a phone that is not registered', async () => {
  assert.deepEqual(await run(transfer('5306'), 600), { outcome: 'IN_CHANUNAVAIL', state: 'RETRY_WAIT' });
});

test("a TRANSFER ends the script: the campaign's QUEUE destination is never reached, the extension's leg decides", async () => {
  assert.deepEqual(await run(transfer('5302'), 600, { kind: 'QUEUE', target: 'q-never' }), { outcome: 'IN_BUSY', state: 'RETRY_WAIT' });
  assert.equal(env.h.sim.core.queues.countMembers('q-never'), 0);
});
