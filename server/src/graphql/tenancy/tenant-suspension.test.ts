import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../../domain/auth/role';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { seedCampaign, seedRecipients } from '../../dialer/testing/seed';
import { rows } from '../../dialer/sql-rows';
import { Tenant } from '../../entities/tenant.entity';
import { resultWhere, startTestApp, type GqlResult, type TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';
import { apiKey, assertError, login } from '../settings/settings-test-kit';

// Issue 21: the operator suspends a tenant (its campaigns pause, with the operator and the reason
// in their history; its sessions and keys are refused with the reason over HTTP and WebSocket; the
// dialer places nothing for it), then resumes it (only what the suspension paused runs again).
// Also the usage figures of the operator's list, against the attempts actually placed.

let t: TestApp;
let op: string;
before(async () => {
  t = await startTestApp({ PACER_DIALER: 'on' });
  ({ token: op } = await t.tenant('platform', Role.PLATFORM_ADMIN));
});
after(async () => {
  await t?.stop();
});

const REASON = 'invoice 42 unpaid';
const REFUSAL = `This organisation is suspended: ${REASON}`;
// Answered calls that stay up (an hour on the simulator's clock): the live figures hold still.
const HOLD = { broadcastActions: [{ kind: 'WAIT' as const, seconds: 3600 }], maxConcurrentCalls: 3, callsPerSecond: 20 };

interface Usage {
  liveCalls: number;
  runningCampaigns: number;
  callsToday: number;
}
const usageOf = async (id: string): Promise<Usage> =>
  (
    await t.ok<{ tenant: { usage: Usage } }>(
      'query($id: ID!) { tenant(id: $id) { usage { liveCalls runningCampaigns callsToday } } }',
      { id },
      op,
    )
  ).tenant.usage;
const statusOf = async (id: string): Promise<string> =>
  (await rows<{ status: string }>(t.app.orm.em.fork(), 'select status from campaign where id = ?', [id]))[0]!.status;
const attempts = async (tenantId: string): Promise<number> =>
  (
    await rows<{ n: number }>(
      t.app.orm.em.fork(),
      'select count(*)::int as n from call_attempt a join campaign c on c.id = a.campaign_id where c.tenant_id = ?',
      [tenantId],
    )
  )[0]!.n;

test(
  'suspend: campaigns paused by the operator with the reason, users and keys refused everywhere, nothing dialed; resume restores',
  { timeout: 180_000 },
  async () => {
    const created = await t.ok<{ createTenant: { tenant: { id: string } } }>(
      'mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id } } }',
      { i: { name: 'Victim', adminEmail: 'boss@victim.test', adminPassword: 'victim-pw-1', maxConcurrentCalls: 50 } },
      op,
    );
    const tenantId = created.createTenant.tenant.id;
    const admin = await login(t, 'boss@victim.test', 'victim-pw-1');
    const key = (await apiKey(t, admin, ['READ'])).key;
    // Dial at any wall-clock hour (the test is not about calling hours).
    await t.ok('mutation { updateSettings(input: { complianceProfile: NONE }) { complianceProfile } }', {}, admin);

    const em = t.app.orm.em.fork();
    const tenant = em.getReference(Tenant, tenantId);
    const a = await seedCampaign(em, tenant, HOLD);
    const b = await seedCampaign(em, tenant, HOLD);
    const pausedBefore = await seedCampaign(em, tenant, { ...HOLD, status: CampaignStatus.PAUSED });
    for (const c of [a, b, pausedBefore]) await seedRecipients(em, c.id, 10, '+1555');

    // Usage, while 3 + 3 calls are up and no more may start: the figures match the attempts placed.
    const usage = await waitFor(() => usageOf(tenantId), { what: 'six live calls', until: (u) => u.liveCalls === 6 });
    assert.deepEqual(usage, { liveCalls: 6, runningCampaigns: 2, callsToday: await attempts(tenantId) });
    assert.equal(usage.callsToday, 6);

    // A console of the tenant, connected before the suspension, hears its campaigns pause.
    const pushes = resultWhere<{ campaignChanged: { campaignId: string; status: string; action: string } }>(
      t.ws(admin),
      'subscription { campaignChanged { campaignId status action } }',
      {},
      (d) => d.campaignChanged.campaignId === a.id && d.campaignChanged.status === 'PAUSED',
    );
    await pushes.ready;

    const s = await t.ok<{ suspendTenant: { status: string; suspendedReason: string; suspendedAt: string } }>(
      'mutation($id: ID!, $r: String!) { suspendTenant(id: $id, reason: $r) { status suspendedReason suspendedAt } }',
      { id: tenantId, r: ` ${REASON} ` },
      op,
    );
    assert.equal(s.suspendTenant.status, 'SUSPENDED');
    assert.equal(s.suspendTenant.suspendedReason, REASON);
    assert.ok(s.suspendTenant.suspendedAt);
    assert.equal((await pushes.result).campaignChanged.action, 'PAUSE');
    assert.deepEqual([await statusOf(a.id), await statusOf(b.id), await statusOf(pausedBefore.id)], ['PAUSED', 'PAUSED', 'PAUSED']);
    const history = await rows<{ actor_label: string; actor_kind: string; details: { reason?: string } }>(
      t.app.orm.em.fork(),
      `select actor_label, actor_kind, details from campaign_event where campaign_id = ? and action = 'PAUSE'`,
      [a.id],
    );
    assert.equal(history.length, 1);
    assert.equal(history[0]!.actor_label, 'platform_admin@platform.test', 'the operator is the actor');
    assert.equal(history[0]!.actor_kind, 'USER');
    assert.match(history[0]!.details.reason ?? '', new RegExp(REASON));

    // Every request of its session and key: FORBIDDEN with the reason, over HTTP (403) and WebSocket; and its logins.
    for (const token of [admin, key]) {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ settings { maxTotalCalls } }' }),
      });
      assert.equal(res.status, 403);
      const body = (await res.json()) as GqlResult<unknown>;
      assert.equal(assertError(body, 'FORBIDDEN').message, REFUSAL);
      const ws = await new Promise<GqlResult<unknown>>((resolve, reject) => {
        t.ws(token).subscribe(
          { query: '{ campaigns { nodes { id } } }' },
          { next: (r) => resolve(r as GqlResult<unknown>), error: reject, complete: () => undefined },
        );
      });
      assert.equal(assertError(ws, 'FORBIDDEN').message, REFUSAL);
      // The plain routes too (CSV exports, uploads).
      const csv = await fetch(t.url.replace('/graphql', `/reports/campaigns/${a.id}/recipients.csv`), {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(csv.status, 403);
      assert.equal(((await csv.json()) as { error: { message: string } }).error.message, REFUSAL);
    }
    const loginAgain = await t.gql('mutation { login(email: "boss@victim.test", password: "victim-pw-1") { token } }');
    assert.equal(assertError(loginAgain, 'FORBIDDEN').message, REFUSAL);
    assertError(await t.gql('mutation { login(email: "boss@victim.test", password: "wrong-pw-99") { token } }'), 'UNAUTHENTICATED');

    // The dialer places nothing for it, even with a campaign row set RUNNING behind its back (and room for more calls).
    await t.app.orm.em.fork().execute(`update campaign set status = 'RUNNING', max_concurrent_calls = 10 where id = ?`, [a.id]);
    // Nor does it start a scheduled campaign whose time came while suspended.
    const scheduled = await seedCampaign(t.app.orm.em.fork(), tenant, {
      ...HOLD,
      status: CampaignStatus.SCHEDULED,
      scheduledAt: new Date(Date.now() - 1000),
    });
    // Busy numbers: each call ends at once (no hour-long call left up when the app stops).
    await seedRecipients(t.app.orm.em.fork(), scheduled.id, 5, '+1556', `'0001'`);
    const placed = await attempts(tenantId);
    const dialer = t.app.dialer!;
    const target = dialer.ticks + 4;
    const since = Date.now();
    // Four ticks, and over a second: scheduled campaigns are activated once a second.
    await waitFor(() => dialer.ticks >= target && Date.now() - since > 1100, {
      what: 'four dialer ticks over a second',
      until: (ok) => ok,
    });
    assert.equal(await attempts(tenantId), placed, 'no call for a suspended tenant');
    assert.equal(await statusOf(scheduled.id), 'SCHEDULED', 'not activated while suspended');
    await t.app.orm.em.fork().execute(`update campaign set status = 'PAUSED', max_concurrent_calls = 3 where id = ?`, [a.id]);

    const r = await t.ok<{ resumeTenant: { status: string; suspendedReason: string | null } }>(
      'mutation($id: ID!) { resumeTenant(id: $id) { status suspendedReason } }',
      { id: tenantId },
      op,
    );
    assert.deepEqual(r.resumeTenant, { status: 'ACTIVE', suspendedReason: null });
    assert.deepEqual([await statusOf(a.id), await statusOf(b.id), await statusOf(pausedBefore.id)], ['RUNNING', 'RUNNING', 'PAUSED']);
    await waitFor(() => statusOf(scheduled.id), { what: 'the scheduled campaign activated once resumed', until: (st) => st === 'RUNNING' });
    const resumed = await rows<{ actor_label: string }>(
      t.app.orm.em.fork(),
      `select actor_label from campaign_event where campaign_id = ? and action = 'RESUME'`,
      [b.id],
    );
    assert.deepEqual(resumed, [{ actor_label: 'platform_admin@platform.test' }]);
    await t.ok('{ settings { maxTotalCalls } }', {}, admin);
    await t.ok('{ settings { maxTotalCalls } }', {}, key);
    await login(t, 'boss@victim.test', 'victim-pw-1');

    // End the hour-long calls before the app stops: a stop racing fresh answers once kept this
    // file's process alive past its 180 s in CI (see the stop note; not reproduced in 6 stress runs).
    for (const id of [a.id, b.id]) {
      await t.ok('mutation($id: ID!) { cancelCampaign(id: $id, hangUpCalls: true) { id } }', { id }, admin);
    }
    await waitFor(() => usageOf(tenantId), { what: 'no call left up', until: (u) => u.liveCalls === 0 });
  },
);
