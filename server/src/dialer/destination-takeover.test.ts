import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CallDestination } from '../entities/campaign-config';
import type { Dialer } from './dialer';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17: a call at its destination when the leader changes keeps its destination outcome. The
// old leader puts where the call went on the open attempt (destination_stage) as it happens; the
// new leader re-attaches the live call from there, so its end is IN_* / IVR_*, not plain ANSWERED.
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
  const sim = env.h.sim;
  sim.setAgent('2401', { kind: 'answer', afterSec: 1 });
  sim.setExtension('5401', { kind: 'bridge', endpoint: 'user/2401' });
  sim.setExtension('5402', { kind: 'ivr', menu: 'long_ivr', sec: 600 });
  // The callees stay on the line (simulated talk far longer than the test); the test hangs up.
  sim.addRule(/^\+1241/, { base: 'answer', talkSec: 100_000 });
});
after(async () => {
  await env?.stop();
});

/** A campaign with one answered call to `destination`; resolves its call id once `stage` is on record. */
async function callAt(destination: CallDestination, prefix: string, stage: string): Promise<{ campaignId: string; callId: string }> {
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const c = await seedCampaign(env.em(), tenant, { callsPerSecond: 50, retryWaitSeconds: 3600, destination });
  await seedRecipients(env.em(), c.id, 1, prefix);
  const callId = await env.waitFor<string | null>(
    `select call_id::text from call_attempt where campaign_id = ? and destination_stage = ?::jsonb`,
    [c.id, stage],
    (v) => !!v,
    `${destination.kind} ${destination.target}: ${stage} on record`,
  );
  return { campaignId: c.id, callId: String(callId) };
}

const outcomeOf = (campaignId: string) =>
  env.waitFor<string | null>(
    'select outcome::text from call_attempt where campaign_id = ? and ended_at is not null',
    [campaignId],
    (o) => typeof o === 'string',
    'the call ended',
  );

test('calls at an extension and in an IVR, re-attached by a new leader, end IN_ANSWER and IVR_STARTED', { timeout: 120_000 }, async () => {
  const old: Dialer = await env.startDialer();
  const ext = await callAt({ kind: 'EXTENSION', target: '5401' }, '+12411', '{"extension": "answered"}');
  const ivr = await callAt({ kind: 'IVR', target: '5402' }, '+12412', '{"ivr": "started"}');

  // The leader goes; the calls stay up on the switch. The next leader re-attaches them.
  await old.stop();
  const next = await env.startDialer();
  assert.equal(next.status().leader, true, 'the new dialer leads');
  assert.equal(next.status().activeCalls, 2, 'both live calls re-attached');
  const [open] = await rows<{ n: number }>(env.em(), 'select count(*)::int as n from call_attempt where ended_at is null');
  assert.equal(open?.n, 2);

  // The callees hang up: only the new leader sees it, with the old one's knowledge from the record.
  env.h.sim.hangupCall(ext.callId);
  env.h.sim.hangupCall(ivr.callId);
  assert.equal(await outcomeOf(ext.campaignId), 'IN_ANSWER');
  assert.equal(await outcomeOf(ivr.campaignId), 'IVR_STARTED');
  const states = await rows<{ state: string }>(
    env.em(),
    'select state::text from campaign_recipient where campaign_id = any(?::uuid[]) order by state',
    [`{${ext.campaignId},${ivr.campaignId}}`],
  );
  assert.deepEqual(
    states.map((s) => s.state),
    ['CONTACTED', 'RETRY_WAIT'],
    'the cause policy judged each by its destination outcome',
  );
});
