import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import type { BridgeTarget } from '../switch/port';
import { waitFor } from '../test/wait-for';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordBroadcasts } from './testing/record-broadcasts';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17 item 4: a VOICE campaign's destination is where its answered calls go (not a hangup at 0 s).
let env: DialerTestEnv;
let heard: Map<string, string[]>;
/** Where the dialer transferred each call (the port's own record, before the switch). */
const sentTo = new Map<string, BridgeTarget>();
before(async () => {
  env = await dialerTestEnv();
  heard = recordBroadcasts(env.h.sim);
  const transfer = env.h.adapter.transfer.bind(env.h.adapter);
  env.h.adapter.transfer = (callId, target) => {
    sentTo.set(callId, target);
    return transfer(callId, target);
  };
  await env.startDialer();
});
after(async () => {
  await env?.stop();
});

test('no actions: the answered call goes to the destination extension and stays up there', async () => {
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, { callsPerSecond: 50, destination: { kind: 'EXTENSION', target: '5000' } });
  await seedRecipients(env.em(), c.id, 1, '+1779'); // answers, never hangs up on its own
  const callId = await env.waitFor<string>(
    `select call_id::text from call_attempt where campaign_id = ? and answered_at is not null`,
    [c.id],
    (v) => typeof v === 'string',
    'the call answered',
  );
  await waitFor(() => env.h.sim.core.calls.get(callId)?.application, { what: 'the transfer', until: (app) => app === 'transfer' });
  assert.deepEqual(sentTo.get(callId), { extension: '5000' });
  // Still up at the extension: Pacer did not hang it up.
  const [open] = await rows<{ open: boolean }>(env.em(), `select ended_at is null as open from call_attempt where call_id = ?`, [callId]);
  assert.equal(open?.open, true);
  env.h.sim.hangupCall(callId);
  await env.waitFor<string>(`select outcome::text from call_attempt where call_id = ?`, [callId], (o) => o === 'ANSWERED', 'ANSWERED');
  assert.deepEqual(heard.get(callId) ?? [], [], 'nothing played');
});

test('with actions: the message plays first, then the call goes to the destination', async () => {
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, {
    callsPerSecond: 50,
    broadcastActions: [{ kind: 'PLAY', file: 'intro.wav' }],
    destination: { kind: 'IVR', target: 'main_ivr' },
  });
  await seedRecipients(env.em(), c.id, 1, '+1780');
  const callId = await env.waitFor<string>(
    `select call_id::text from call_attempt where campaign_id = ? and answered_at is not null`,
    [c.id],
    (v) => typeof v === 'string',
    'the call answered',
  );
  await waitFor(() => env.h.sim.core.calls.get(callId)?.application, { what: 'the transfer', until: (app) => app === 'transfer' });
  assert.deepEqual(
    (heard.get(callId) ?? []).map((f) => f.replace(/^playback::/, '')),
    ['intro.wav'],
  );
  env.h.sim.hangupCall(callId);
  await env.waitFor<boolean>(`select ended_at is not null from call_attempt where call_id = ?`, [callId], (v) => v, 'ended');
});

test("a due callback whose Schedule cell names an extension is sent there, not to the campaign's destination", async () => {
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  // Seeded PAUSED so the running dialer cannot claim the recipient before it is a callback.
  const c = await seedCampaign(env.em(), tenant, {
    status: CampaignStatus.PAUSED,
    callsPerSecond: 50,
    destination: { kind: 'EXTENSION', target: '5000' },
  });
  await seedRecipients(env.em(), c.id, 1, '+1781');
  await env
    .em()
    .execute(
      `update campaign_recipient set state = 'SCHEDULED', callback_at = now() - interval '1 second', callback_extension = '7001' where campaign_id = ?`,
      [c.id],
    );
  await env.em().execute(`update campaign set status = 'RUNNING' where id = ?`, [c.id]);
  const callId = await env.waitFor<string>(
    `select call_id::text from call_attempt where campaign_id = ? and answered_at is not null`,
    [c.id],
    (v) => typeof v === 'string',
    'the callback answered',
  );
  await waitFor(() => sentTo.get(callId), { what: 'the transfer', until: (t) => t !== undefined });
  assert.deepEqual(sentTo.get(callId), { extension: '7001' });
  env.h.sim.hangupCall(callId);
  await env.waitFor<boolean>(`select ended_at is not null from call_attempt where call_id = ?`, [callId], (v) => v, 'ended');
});
