import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { recipientFieldValue } from '../domain/telephony/recipient-variables';
import { EslLink } from '../switch/freeswitch/esl-link';
import type { EslHeaders } from '../switch/freeswitch/esl-headers';
import { waitFor } from '../test/wait-for';
import { rows } from './sql-rows';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedTenant } from './testing/seed';

// Issue 17 item 6: a recipient's fields reach the call as channel variables an IVR can read.
// Read back as a FreeSWITCH user would: CHANNEL_CREATE on a plain ESL link of the switch, after
// the simulator has unescaped the originate the way FreeSWITCH does (fs-separate.ts).
let env: DialerTestEnv;
let link: EslLink;
const creates: EslHeaders[] = [];
before(async () => {
  env = await dialerTestEnv();
  link = await EslLink.open({ host: '127.0.0.1', port: env.h.sim.port, password: 'ClueCon', connectTimeoutMs: 2000 });
  link.onEvent((h) => creates.push(h));
  await link.command('event json CHANNEL_CREATE', 2000);
  await env.startDialer();
});
after(async () => {
  link?.close();
  await env?.stop();
});

const AWKWARD: Record<string, string> = {
  'First Name': "Ann-Marie O'Brien",
  'account,no': '12,345',
  city: 'São Paulo',
  note: 'a\\b "quoted" x=y; ${system(rm -rf /)} [x]|y&z',
  'tabs\tand': 'line1\nline2\r\u0007end',
  long: 'x'.repeat(2000),
  '': 'nameless',
  'first-name': 'a second "First Name" after sanitising: left off',
  spaces: '  padded  ',
};

/** One recipient with `fields` and a number the simulator answers, in a new campaign. */
async function dialOne(fields: Record<string, string>, sendRecipientFields: boolean): Promise<{ recipientId: string; callId: string }> {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, { callsPerSecond: 10, maxConcurrentCalls: 2, sendRecipientFields });
  const [r] = await rows<{ id: string }>(
    em,
    `insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
     values (?, 'r', ?::jsonb, '{}', now(), now()) returning id`,
    [c.id, JSON.stringify(fields)],
  );
  await em.execute(
    `insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped) values (?, ?, '+15550170000', 0, false)`,
    [r.id, c.id],
  );
  const callId = await env.waitFor<string | null>(
    'select call_id::text from call_attempt where recipient_id = ?',
    [r.id],
    (v) => !!v,
    'the call placed',
  );
  return { recipientId: r.id, callId: callId ?? '' };
}

async function createdEvent(callId: string): Promise<EslHeaders> {
  const h = await waitFor(() => creates.find((e) => e['Unique-ID'] === callId), { what: `CHANNEL_CREATE of ${callId}`, until: (e) => !!e });
  assert.ok(h);
  return h;
}

test("each recipient field is a pacer_f_ channel variable, sanitised, with the recipient's id", async () => {
  const { recipientId, callId } = await dialOne(AWKWARD, true);
  const h = await createdEvent(callId);
  const got = Object.fromEntries(Object.entries(h).filter(([k]) => k.startsWith('variable_pacer_f_') || k === 'variable_pacer_recipient'));
  assert.deepEqual(got, {
    variable_pacer_recipient: recipientId,
    variable_pacer_f_First_Name: "Ann-Marie O'Brien",
    variable_pacer_f_account_no: '12,345',
    variable_pacer_f_city: 'São Paulo',
    variable_pacer_f_note: 'a\\b "quoted" x=y; $(system(rm -rf /)) [x]|y&z',
    variable_pacer_f_tabs_and: 'line1line2end',
    variable_pacer_f_long: 'x'.repeat(500),
    variable_pacer_f_spaces: 'padded',
  });
  assert.equal(got.variable_pacer_f_note, recipientFieldValue(AWKWARD.note));
  // The rest of the originate survived the awkward values: the call is Pacer's and was dialed.
  assert.equal(h.variable_pacer_call, 'true');
  assert.equal(h['Caller-Destination-Number'], '+15550170000');
});

test('sendRecipientFields false keeps the fields off the call (the id still goes)', async () => {
  const { recipientId, callId } = await dialOne({ secret: 'not for the switch' }, false);
  const h = await createdEvent(callId);
  assert.equal(h.variable_pacer_recipient, recipientId);
  assert.deepEqual(
    Object.keys(h).filter((k) => k.startsWith('variable_pacer_f_')),
    [],
  );
});
