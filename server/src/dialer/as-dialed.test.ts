import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { insertRecipients } from '../commands/recipient/insert-recipients';
import { prepareRecipients } from '../commands/recipient/prepare-recipients';
import { DEFAULT_INTERNAL_PATTERN } from '../domain/numbers/direction';
import { NumberFormat } from '../domain/numbers/number-format';
import { DuplicatePolicy } from '../domain/recipient/duplicate-policy';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { recordOriginates } from './testing/invariant-sampler';
import { seedCampaign, seedTenant } from './testing/seed';

// Issue 20 item 1: an AS_DIALED number reaches the switch exactly as written in the list — no
// +, no country code added or removed (the simulator records each originate's destination).
let env: DialerTestEnv;
before(async () => {
  env = await dialerTestEnv();
});
after(async () => {
  await env?.stop();
});

test('AS_DIALED numbers are originated unchanged', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 50 });
  const c = await seedCampaign(em, tenant, { numberFormat: NumberFormat.AS_DIALED, maxAttempts: 1, maxConcurrentCalls: 10 });
  // Ending in 0001: the simulator answers busy, so each call ends at once.
  const given = ['4915112340001', '07700900001', '+541140630001', '1140630001'];
  const rules = { defaultRegion: 'US', internalPattern: DEFAULT_INTERNAL_PATTERN, format: NumberFormat.AS_DIALED };
  const { prepared } = prepareRecipients(
    given.map((number, i) => ({ name: `r${i}`, communications: [{ number }] })),
    rules,
    DuplicatePolicy.REJECT,
  );
  await insertRecipients(em, c.id, prepared, NumberFormat.AS_DIALED);
  const originated = recordOriginates(env.h.sim);
  await env.startDialer();
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
  );
  assert.deepEqual(originated.map((o) => o.number).sort(), [...given].sort());
  const [row] = await env
    .em()
    .execute<Array<{ n: number }>>("select count(*)::int as n from call_attempt where campaign_id = ? and outcome = 'BUSY'", [c.id]);
  assert.equal(row?.n, given.length);
});

test('a DNC entry (E.164) blocks the same number kept as dialed without its +; the recipient is called on its other number', async () => {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 50 });
  const c = await seedCampaign(em, tenant, { numberFormat: NumberFormat.AS_DIALED, maxAttempts: 1, maxConcurrentCalls: 10 });
  await em.execute(
    'insert into dnc_entry (id, tenant_id, number, list_name, expires_at, created_at) values (gen_random_uuid(), ?, ?, ?, null, now())',
    [tenant.id, '+4915112360001', 'default'],
  );
  const rules = { defaultRegion: 'US', internalPattern: DEFAULT_INTERNAL_PATTERN, format: NumberFormat.AS_DIALED };
  const { prepared } = prepareRecipients(
    [{ name: 'blocked-first', communications: [{ number: '4915112360001' }, { number: '4915112370001' }] }],
    rules,
    DuplicatePolicy.REJECT,
  );
  await insertRecipients(em, c.id, prepared, NumberFormat.AS_DIALED);
  const originated = recordOriginates(env.h.sim);
  await env.startDialer();
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
  );
  assert.deepEqual(
    originated.map((o) => o.number),
    ['4915112370001'],
  );
});
