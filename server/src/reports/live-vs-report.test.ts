import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resultWhere, startTestApp, type TestApp } from '../test/test-app';
import { waitFor } from '../test/wait-for';

// The wallboard (pushed live by the dialer) and the statistics report (SQL after the fact)
// are computed by different code from different data; on the same campaign they must agree.
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp({ PACER_DIALER: 'on' });
  ({ token } = await t.tenant('agree'));
});
after(async () => {
  await t?.stop();
});

interface Board {
  wallboard: { recipientsRemaining: number; answerRate: number | null; activeCalls: number };
}
interface Stats {
  campaignStatistics: { recipients: number; attempts: number; answered: number; byState: Array<{ key: string; count: number }> };
}

test('after a campaign runs, the live wallboard and the statistics report give the same figures', { timeout: 90_000 }, async () => {
  const { createCampaign: c } = await t.ok<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "agree", maxAttempts: 1, maxConcurrentCalls: 10, callsPerSecond: 20, broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
    {},
    token,
  );
  // Simulator convention: a number ending 0000 answers, 0001 is busy, 0002 does not answer.
  const outcomes = [...Array(9).fill('0000'), ...Array(4).fill('0001'), ...Array(3).fill('0002')] as string[];
  const recipients: Array<Record<string, unknown>> = outcomes.map((end, i) => ({
    name: `r${i}`,
    communications: [{ number: `212${200 + i}${end}` }],
  }));
  // One recipient callable only tomorrow keeps the campaign RUNNING, so its wallboard stays live.
  recipients.push({
    name: 'later',
    notBefore: new Date(Date.now() + 86_400_000).toISOString(),
    communications: [{ number: '2123990000' }],
  });
  await t.ok(
    'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r, autoRun: true) { added } }',
    { c: c.id, r: recipients },
    token,
  );

  const settledCount = async () => {
    const counts = (
      await t.ok<{ campaign: { recipientCounts: { contacted: number; failed: number } } }>(
        'query($id: ID!) { campaign(id: $id) { recipientCounts { contacted failed } } }',
        { id: c.id },
        token,
      )
    ).campaign.recipientCounts;
    return counts.contacted + counts.failed;
  };
  const done = await waitFor(settledCount, {
    what: 'every dialable recipient to reach a final state',
    timeoutMs: 60_000,
    until: (n) => n >= 16,
    intervalMs: 50,
  });
  assert.equal(done, 16, 'every dialable recipient reached a final state');

  const stats = await t.ok<Stats>(
    'query($id: ID!) { campaignStatistics(filter: { campaignIds: [$id] }) { recipients attempts answered byState { key count } } }',
    { id: c.id },
    token,
  );
  const s = stats.campaignStatistics;
  assert.equal(s.recipients, 17);
  assert.equal(s.attempts, 16);
  assert.equal(s.answered, 9);
  const byState = Object.fromEntries(s.byState.map((b) => [b.key, b.count]));
  assert.deepEqual(byState, { CONTACTED: 9, FAILED: 7, READY: 1 });

  // The remaining-recipients figure refreshes every few seconds: read boards until it settles.
  const settled = await resultWhere<Board>(
    t.ws(token),
    'subscription($id: ID) { wallboard(campaignId: $id) { recipientsRemaining answerRate activeCalls } }',
    { id: c.id },
    (b) => b.wallboard.recipientsRemaining === 1 && b.wallboard.activeCalls === 0,
  ).result.then((b) => b.wallboard);
  const notFinal = s.byState
    .filter((b) => !['CONTACTED', 'FAILED', 'STOPPED', 'EXPIRED', 'DNC'].includes(b.key))
    .reduce((n, b) => n + b.count, 0);
  assert.equal(settled.recipientsRemaining, notFinal);
  assert.ok(settled.answerRate !== null);
  assert.ok(
    Math.abs(settled.answerRate - s.answered / s.attempts) < 1e-9,
    `live answer rate ${settled.answerRate} vs report ${s.answered}/${s.attempts}`,
  );
});
