import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CauseAction } from '../domain/call/call-outcome';
import { rows } from './sql-rows';
import { boardWhere } from './testing/board-where';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordBroadcasts } from './testing/record-broadcasts';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17 item 3: confirmation keys decide the call. The simulator runs 20x fast (1 simulated
// second = 50 ms); prompts play 2 simulated seconds; each prompt below waits `seconds` real
// seconds for its key, wide enough that a busy machine cannot move a key out of its window.
let env: DialerTestEnv;
let heard: Map<string, string[]>;
before(async () => {
  env = await dialerTestEnv();
  heard = recordBroadcasts(env.h.sim);
  await env.startDialer();
});
after(async () => {
  await env?.stop();
});

interface Attempt {
  number: string;
  call_id: string;
  outcome: string;
  answer_confirmed: boolean;
  listen_confirmed: boolean;
  state: string;
}

async function attemptsWhenDone(campaignId: string, n: number): Promise<Map<string, Attempt & { plays: string[] }>> {
  await env.waitFor<number>(
    `select count(*)::int from call_attempt where campaign_id = ? and ended_at is not null`,
    [campaignId],
    (k) => k >= n,
    `${n} attempts ended`,
  );
  const list = await rows<Attempt>(
    env.em(),
    `
    select a.number, a.call_id, a.outcome, a.answer_confirmed_at is not null as answer_confirmed,
      a.listen_confirmed_at is not null as listen_confirmed, r.state
    from call_attempt a join campaign_recipient r on r.id = a.recipient_id where a.campaign_id = ?`,
    [campaignId],
  );
  return new Map(list.map((a) => [a.number.slice(-4), { ...a, plays: heard.get(a.call_id) ?? [] }]));
}

const count = (plays: string[], file: string) => plays.filter((p) => p.includes(file)).length;

test('CONFIRM_ANSWER gates the message; CONFIRM_LISTEN makes the call CONFIRMED; anything missing is UNCONFIRMED and retried', async () => {
  env.h.sim.addRule('*1001', { base: 'answer', dtmf: '1', dtmfAfterSec: 1 });
  env.h.sim.addRule('*1002', { base: 'answer', dtmf: '19', dtmfAfterSec: 1, dtmfGapSec: 20 });
  env.h.sim.addRule('*1003', { base: 'answer', dtmf: '99', dtmfAfterSec: 1, dtmfGapSec: 1 });
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, {
    callsPerSecond: 50,
    maxAttempts: 3,
    retryWaitSeconds: 3600,
    broadcastActions: [
      { kind: 'CONFIRM_ANSWER', digit: '1', file: 'press1.wav', seconds: 3 },
      { kind: 'PLAY', file: 'message.wav' },
      { kind: 'CONFIRM_LISTEN', digit: '9', file: 'press9.wav', repeat: 2, seconds: 3 },
    ],
  });
  await seedRecipients(env.em(), c.id, 4, '+1777', `case x.i when 1 then '0000' when 2 then '1001' when 3 then '1002' else '1003' end`);
  const a = await attemptsWhenDone(c.id, 4);

  const none = a.get('0000');
  assert.deepEqual(
    { outcome: none?.outcome, state: none?.state, answer: none?.answer_confirmed, listen: none?.listen_confirmed },
    { outcome: 'UNCONFIRMED', state: 'RETRY_WAIT', answer: false, listen: false },
    'no key: hung up after the prompt, UNCONFIRMED, retried after the retry wait',
  );
  assert.equal(count(none?.plays ?? [], 'message.wav'), 0, 'no key: the message never plays');

  const one = a.get('1001');
  assert.deepEqual(
    { outcome: one?.outcome, state: one?.state, answer: one?.answer_confirmed, listen: one?.listen_confirmed },
    { outcome: 'UNCONFIRMED', state: 'RETRY_WAIT', answer: true, listen: false },
    '"1" only: the message was not confirmed as heard',
  );
  assert.equal(count(one?.plays ?? [], 'message.wav'), 1, '"1": the message plays');
  assert.equal(count(one?.plays ?? [], 'press9.wav'), 2, 'the listen prompt repeats up to its count');

  const both = a.get('1002');
  assert.deepEqual(
    { outcome: both?.outcome, state: both?.state, answer: both?.answer_confirmed, listen: both?.listen_confirmed },
    { outcome: 'CONFIRMED', state: 'CONTACTED', answer: true, listen: true },
    '"1" then "9": CONFIRMED',
  );
  const board = await boardWhere(env.bus, c.id, (b) => b.confirmedCalls > 0);
  assert.deepEqual([board.confirmedCalls, board.abandonedCalls], [1, 0], "the dialer's wallboard counts the one CONFIRMED call");

  const nines = a.get('1003');
  assert.deepEqual(
    { outcome: nines?.outcome, state: nines?.state, answer: nines?.answer_confirmed, listen: nines?.listen_confirmed },
    { outcome: 'UNCONFIRMED', state: 'RETRY_WAIT', answer: false, listen: false },
    '"9" without "1": the 9 is not the answer key and its prompt never came',
  );
  assert.equal(count(nines?.plays ?? [], 'message.wav'), 0);
});

test('CONFIRM_LISTEN alone: each repeat waits its full time; a "9" on a later repeat confirms; the policy decides UNCONFIRMED', async () => {
  env.h.sim.addRule('*2002', { base: 'answer', dtmf: '9', dtmfAfterSec: 60 }); // 3 s in: after the first prompt's 2 s wait
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, {
    callsPerSecond: 50,
    maxAttempts: 3,
    causePolicy: { UNCONFIRMED: CauseAction.FAIL },
    broadcastActions: [{ kind: 'CONFIRM_LISTEN', digit: '9', file: 'listen.wav', repeat: 3, seconds: 2 }],
  });
  await seedRecipients(env.em(), c.id, 2, '+1778', `case x.i when 1 then '0000' else '2002' end`);
  const a = await attemptsWhenDone(c.id, 2);

  const never = a.get('0000');
  assert.deepEqual({ outcome: never?.outcome, state: never?.state }, { outcome: 'UNCONFIRMED', state: 'FAILED' }, 'the override applies');
  assert.equal(count(never?.plays ?? [], 'listen.wav'), 3, 'played its 3 times, each with its own wait');

  const late = a.get('2002');
  assert.deepEqual(
    { outcome: late?.outcome, state: late?.state, listen: late?.listen_confirmed },
    { outcome: 'CONFIRMED', state: 'CONTACTED', listen: true },
  );
  assert.ok(count(late?.plays ?? [], 'listen.wav') >= 2, `the 9 came on a repeat: ${JSON.stringify(late?.plays)}`);
});
