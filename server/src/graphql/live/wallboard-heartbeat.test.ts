import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Tenant } from '../../entities/tenant.entity';
import { seedCampaign, seedRecipients } from '../../dialer/testing/seed';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';

/**
 * Issue 19: `wallboard` sends once a second whatever the campaign's status (no dialer runs
 * here: every message is the API's heartbeat), and wallboardHistory gives a chart its last hour.
 */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(async () => {
  await t?.stop();
});

interface Board {
  wallboard: {
    campaignId: string | null;
    activeCalls: number;
    callsPerMinute: number;
    answerRate: number | null;
    abandonedCalls: number;
    confirmedCalls: number;
    recipientsRemaining: number;
    at: string;
  };
}
const BOARD =
  'subscription($c: ID) { wallboard(campaignId: $c) { campaignId activeCalls callsPerMinute answerRate abandonedCalls confirmedCalls recipientsRemaining at } }';

/** Attempts of `campaignId` at these offsets (seconds before now): [created, ended or null, answered, outcome]. */
async function seedCalls(campaignId: string, calls: Array<[number, number | null, boolean, string?]>): Promise<void> {
  const conn = t.app.orm.em.fork().getConnection();
  let n = 0;
  for (const [created, ended, answered, outcome] of calls) {
    n += 1;
    await conn.execute(
      `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at, ended_at, answered_at, outcome)
       select gen_random_uuid(), ?, r.id, ?, '+15550000000', now() - make_interval(secs => ?),
         case when ?::int is null then null else now() - make_interval(secs => ?) end,
         case when ? then now() - make_interval(secs => ?) end, ?::call_outcome
       from campaign_recipient r where r.campaign_id = ? order by r.id limit 1`,
      [campaignId, n, created, ended, ended ?? 0, answered, created - 1, outcome ?? null, campaignId],
    );
  }
}

test('a PAUSED campaign, a CREATED one and an idle tenant each get a wallboard once a second', { timeout: 60_000 }, async () => {
  const acme = await t.tenant('acme');
  const idle = await t.tenant('idle');
  const em = t.app.orm.em.fork();
  const tenant = em.getReference(Tenant, acme.tenantId);
  const paused = await seedCampaign(em, tenant, { status: CampaignStatus.PAUSED });
  const created = await seedCampaign(em, tenant, { status: CampaignStatus.CREATED });
  await seedRecipients(em, paused.id, 10, '+1555');
  // One call still up (paused campaigns let calls finish), two ended in the last minute (one answered), one 2 and
  // one 10 min ago. Issue 17: the answered one CONFIRMED; two ABANDONED, one inside the five-minute window, one outside.
  await seedCalls(paused.id, [
    [20, null, true],
    [40, 10, true, 'CONFIRMED'],
    [50, 30, false],
    [620, 600, true, 'ABANDONED'],
    [130, 120, true, 'ABANDONED'], // ended 2 min ago: in the answer window (5 min), not in calls per minute
  ]);

  const pausedBoard = nextResults<Board>(t.ws(acme.token), BOARD, { c: paused.id }, 3, 30_000);
  const createdBoard = nextResults<Board>(t.ws(acme.token), BOARD, { c: created.id }, 2, 30_000);
  const idleTenant = nextResults<Board>(t.ws(idle.token), BOARD, {}, 2, 30_000);
  const boards = (await pausedBoard.results).map((r) => r.data?.wallboard);
  assert.equal(boards.length, 3);
  for (const b of boards) {
    assert.deepEqual(
      { ...b, at: undefined },
      {
        campaignId: paused.id,
        activeCalls: 1,
        callsPerMinute: 2,
        answerRate: 2 / 3,
        abandonedCalls: 1,
        confirmedCalls: 1,
        recipientsRemaining: 10,
        at: undefined,
      },
    );
  }
  const at = boards.map((b) => new Date(b?.at ?? 0).getTime());
  assert.ok(at[0]! < at[1]! && at[1]! < at[2]!, `a fresh beat each time: ${boards.map((b) => b?.at).join(', ')}`);
  const createdBoards = await createdBoard.results;
  assert.deepEqual(
    createdBoards.map((r) => [r.data?.wallboard.campaignId, r.data?.wallboard.activeCalls, r.data?.wallboard.recipientsRemaining]),
    [
      [created.id, 0, 0],
      [created.id, 0, 0],
    ],
  );
  const idleBoards = await idleTenant.results;
  assert.deepEqual(
    idleBoards.map((r) => [r.data?.wallboard.campaignId, r.data?.wallboard.activeCalls, r.data?.wallboard.callsPerMinute]),
    [
      [null, 0, 0],
      [null, 0, 0],
    ],
  );

  // The chart's last hour: 15-s points, the same figures at its last point, the call 10 min ago in its place.
  const { wallboardHistory: h } = await t.ok<{
    wallboardHistory: Array<{ at: string; activeCalls: number; callsPerMinute: number; answerRate: number | null }>;
  }>(
    'query($c: ID) { wallboardHistory(campaignId: $c, minutes: 60) { at activeCalls callsPerMinute answerRate } }',
    { c: paused.id },
    acme.token,
  );
  assert.equal(h.length, 241);
  assert.equal(new Date(h[1]!.at).getTime() - new Date(h[0]!.at).getTime(), 15_000);
  const last = h[h.length - 1]!;
  // The last 15-s point can be up to 15 s old, when the call that ended 10 s ago was still up.
  assert.ok(last.activeCalls === 1 || last.activeCalls === 2, JSON.stringify(last));
  assert.ok(last.callsPerMinute <= 2 && last.callsPerMinute >= 1, JSON.stringify(last));
  const tenMinAgo = h.filter((p) => p.callsPerMinute === 1 && Date.now() - new Date(p.at).getTime() > 540_000);
  assert.ok(tenMinAgo.length >= 3 && tenMinAgo.length <= 5, `the call ended 10 min ago counts for a minute: ${tenMinAgo.length} points`);
  assert.ok(
    h.slice(0, 100).every((p) => p.activeCalls === 0 && p.callsPerMinute === 0 && p.answerRate === null),
    'nothing before the calls',
  );
  const refused = await t.gql('{ wallboardHistory(minutes: 500) { at } }', {}, acme.token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});
