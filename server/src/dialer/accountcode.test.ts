import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { Permission } from '../auth/permission';
import type { Principal } from '../auth/principal';
import type { CommandContext } from '../commands/command-context';
import { changeCampaignStatus } from '../commands/campaign/change-campaign-status';
import { createCampaign } from '../commands/campaign/create-campaign';
import { attachList } from '../commands/list/attach-list';
import { saveList } from '../commands/list/save-list';
import { updateTenantSettings } from '../commands/settings/update-tenant-settings';
import { CampaignAction } from '../domain/campaign/campaign-transitions';
import { DuplicatePolicy } from '../domain/recipient/duplicate-policy';
import { listCampaigns } from '../graphql/campaign/list-campaigns';
import { writeDetailedCsv } from '../reports/detailed-csv';
import { detailedReportPage } from '../reports/detailed-report';
import { selectReportCampaigns } from '../reports/report-campaigns';
import { EslLink } from '../switch/freeswitch/esl-link';
import type { EslHeaders } from '../switch/freeswitch/esl-headers';
import { waitFor } from '../test/wait-for';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedRecipients, seedTenant } from './testing/seed';

// Issue 20 item 6: the billing code goes from the campaign (else the tenant) onto every call as
// the accountcode channel variable, read back as FreeSWITCH shows it (CHANNEL_CREATE on a plain
// ESL link of the simulator), and into the detailed report, its CSV and the filters.
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

async function context(): Promise<CommandContext & { tenantId: string }> {
  const tenant = await seedTenant(env.em(), { callsPerSecond: 100 });
  const principal: Principal = {
    kind: 'USER',
    id: '00000000-0000-0000-0000-000000000001',
    label: 'tester',
    tenantId: tenant.id,
    permissions: new Set(Object.values(Permission)),
  };
  return { em: env.em(), principal, bus: env.bus, tenantId: tenant.id };
}

/** The CHANNEL_CREATE of the first call of `campaignId`. */
async function firstCall(campaignId: string): Promise<EslHeaders> {
  const callId = await env.waitFor<string | null>(
    'select a.call_id::text from call_attempt a join campaign_recipient r on r.id = a.recipient_id where r.campaign_id = ? limit 1',
    [campaignId],
    (v) => !!v,
    'a call placed',
  );
  const h = await waitFor(() => creates.find((e) => e['Unique-ID'] === callId), { what: `CHANNEL_CREATE of ${callId}`, until: (e) => !!e });
  assert.ok(h);
  return h;
}

async function csvRows(campaignId: string): Promise<Array<Record<string, string>>> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeDetailedCsv(env.em(), campaignId, {}, out);
  return parse(Buffer.concat(chunks).toString('utf8'), { columns: true }) as Array<Record<string, string>>;
}

test(
  'the campaign’s accountcode, else the tenant’s, is on the call, the report, the CSV and the filters',
  { timeout: 120_000 },
  async () => {
    const ctx = await context();
    await updateTenantSettings(ctx, { accountcode: 'TENANT-1' });
    const own = await createCampaign(ctx, { name: 'own', broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }], accountcode: 'ACC_1.x' });
    const dflt = await createCampaign(ctx, { name: 'default', broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }] });
    assert.equal(own.accountcode, 'ACC_1.x');
    assert.equal(dflt.accountcode, undefined);
    for (const [c, prefix] of [
      [own, '+1555017'],
      [dflt, '+1555018'],
    ] as const) {
      await seedRecipients(env.em(), c.id, 1, prefix);
      await changeCampaignStatus(ctx, c.id, CampaignAction.START);
    }

    assert.equal((await firstCall(own.id)).variable_accountcode, 'ACC_1.x');
    assert.equal((await firstCall(dflt.id)).variable_accountcode, 'TENANT-1');

    const [ownRow] = await detailedReportPage(env.em(), own.id, {}, null, 10);
    const [dfltRow] = await detailedReportPage(env.em(), dflt.id, {}, null, 10);
    assert.equal(ownRow?.accountcode, 'ACC_1.x');
    assert.equal(dfltRow?.accountcode, 'TENANT-1');
    assert.deepEqual(
      (await csvRows(own.id)).map((r) => r.accountcode),
      ['ACC_1.x'],
    );
    assert.deepEqual(
      (await csvRows(dflt.id)).map((r) => r.accountcode),
      ['TENANT-1'],
    );

    // Filters match what the call carries: its own code, or the tenant's when it has none.
    const names = async (accountcode: string): Promise<string[]> =>
      (await listCampaigns(env.em(), [ctx.tenantId], { accountcode }, { first: 10 })).nodes.map((c) => c.name).sort();
    assert.deepEqual(await names('ACC_1.x'), ['own']);
    assert.deepEqual(await names('TENANT-1'), ['default']);
    assert.deepEqual(await names('NOPE'), []);
    const stats = async (accountcode: string): Promise<string[]> =>
      (await selectReportCampaigns(env.em(), ctx.tenantId, { accountcode })).map((c) => c.name);
    assert.deepEqual(await stats('ACC_1.x'), ['own']);
    assert.deepEqual(await stats('TENANT-1'), ['default']);
  },
);

test('a list’s accountcode goes to a campaign with none when attached, never over its own', async () => {
  const ctx = await context();
  const list = await saveList(ctx, undefined, { name: 'billing', accountcode: 'LIST-7' });
  assert.equal(list.accountcode, 'LIST-7');
  const bare = await createCampaign(ctx, { name: 'bare' });
  const coded = await createCampaign(ctx, { name: 'coded', accountcode: 'MINE' });
  assert.equal((await attachList(ctx, bare.id, list.id, DuplicatePolicy.SKIP)).campaign.accountcode, 'LIST-7');
  assert.equal((await attachList(ctx, coded.id, list.id, DuplicatePolicy.SKIP)).campaign.accountcode, 'MINE');
});

test('an accountcode FreeSWITCH cannot take is refused with the field and the rule named', async () => {
  const ctx = await context();
  const rule = /^accountcode: must be letters, digits and _ \. - only \(no spaces, commas or braces\)$/;
  await assert.rejects(createCampaign(ctx, { name: 'bad', accountcode: 'a,b}' }), { message: rule });
  await assert.rejects(saveList(ctx, undefined, { name: 'bad', accountcode: 'two words' }), { message: rule });
  await assert.rejects(updateTenantSettings(ctx, { accountcode: '${x}' }), { message: rule });
  await assert.rejects(createCampaign(ctx, { name: 'long', accountcode: 'x'.repeat(65) }), {
    message: 'accountcode: must be 1 to 64 characters',
  });
});
