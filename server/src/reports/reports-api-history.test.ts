import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  setupReportsApi,
  t,
  token,
  otherToken,
  campA,
  ids,
  at,
  R2_SECOND,
  R2_FIRST,
  STATS,
  REPORT,
  HISTORY,
  type Stats,
  type Report,
  csv,
  STATS_A,
} from './reports-api.setup';
import type { FixtureAttempt } from './report-fixture';

setupReportsApi();

test('per-recipient history: every attempt in time order with all its timestamps', async () => {
  const h = await t.ok<{ recipient: { callAttempts: Array<Record<string, unknown>> } }>(HISTORY, { id: ids.get('r2') }, token);
  const strip = (a: FixtureAttempt) => ({
    attemptNumber: a.attemptNumber,
    createdAt: a.createdAt,
    originatedAt: a.originatedAt ?? null,
    ringingAt: a.ringingAt ?? null,
    answeredAt: a.answeredAt ?? null,
    bridgedAt: a.bridgedAt ?? null,
    answerConfirmedAt: a.answerConfirmedAt ?? null,
    listenConfirmedAt: a.listenConfirmedAt ?? null,
    endedAt: a.endedAt ?? null,
    hangupCause: a.hangupCause ?? null,
    q850: a.q850 ?? null,
    sipStatus: a.sipStatus ?? null,
    billSeconds: a.billSeconds ?? null,
    outcome: a.outcome,
    abandoned: false,
    abandonReason: null,
    bridgeFailureCause: null,
    counted: true,
  });
  assert.deepEqual(h.recipient.callAttempts, [strip(R2_FIRST), strip(R2_SECOND)]);
  const r8 = await t.ok<{ recipient: { callAttempts: unknown[] } }>(HISTORY, { id: ids.get('r8') }, token);
  assert.deepEqual(r8.recipient.callAttempts, []);
  // Issue 17: why an answered call never reached an agent.
  const r7 = await t.ok<{ recipient: { callAttempts: Array<Record<string, unknown>> } }>(HISTORY, { id: ids.get('r7') }, token);
  assert.deepEqual(
    r7.recipient.callAttempts.map((a) => [a.outcome, a.abandoned, a.abandonReason, a.bridgeFailureCause]),
    [
      ['BUSY', false, null, null],
      ['ABANDONED', true, 'BRIDGE_FAILED', 'USER_NOT_REGISTERED'],
    ],
  );
});

test("another tenant's campaign is NOT_FOUND everywhere; bad input is named", async () => {
  const code = async (q: string, v: Record<string, unknown>, tok = otherToken) => (await t.gql(q, v, tok)).errors?.[0];
  assert.equal((await code(STATS, { f: { campaignIds: [campA] } }))?.extensions?.code, 'NOT_FOUND');
  assert.equal((await code(REPORT, { c: campA }))?.extensions?.code, 'NOT_FOUND');
  assert.equal((await code(HISTORY, { id: ids.get('r2') }))?.extensions?.code, 'NOT_FOUND');
  // The other tenant's unfiltered statistics see nothing of ours.
  const theirs = await t.ok<Stats>(STATS, {}, otherToken);
  assert.equal(theirs.campaignStatistics.recipients, 0);
  const unknown = await code(STATS, { f: { campaignIds: [campA, '00000000-0000-4000-8000-000000000000'] } }, token);
  assert.deepEqual(
    [unknown?.extensions?.code, unknown?.message],
    ['NOT_FOUND', 'Campaign 00000000-0000-4000-8000-000000000000 was not found'],
  );
  assert.equal((await code(STATS, { f: { campaignIds: ['x'] } }, token))?.extensions?.code, 'NOT_FOUND');
  const inverted = await code(STATS, { f: { startedFrom: '2026-02-01T00:00:00Z', startedTo: '2026-01-01T00:00:00Z' } }, token);
  assert.deepEqual([inverted?.extensions?.code, inverted?.extensions?.field], ['BAD_USER_INPUT', 'startedTo']);
  assert.equal((await code(STATS, { f: { startedFrom: 'last tuesday' } }, token))?.extensions?.code, 'BAD_USER_INPUT');
  const range = await code(REPORT, { c: campA, f: { lastAttemptFrom: at(10), lastAttemptTo: at(10) } }, token);
  assert.deepEqual([range?.extensions?.code, range?.extensions?.field], ['BAD_USER_INPUT', 'filter.lastAttemptTo']);
  assert.equal((await code(REPORT, { c: campA, a: 'garbage' }, token))?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal((await code(REPORT, { c: campA, f: { state: ['DONE'] } }, token))?.extensions?.code, 'BAD_USER_INPUT');
});

test('a deleted campaign keeps its reports and history for its tenant', async () => {
  await t.ok('mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id: campA }, token);
  const s = (await t.ok<Stats>(STATS, { f: { campaignIds: [campA] } }, token)).campaignStatistics;
  const { campaigns, ...figures } = s;
  assert.ok(campaigns[0]?.deletedAt);
  assert.deepEqual(figures, STATS_A);
  assert.equal((await t.ok<Report>(REPORT, { c: campA, n: 100 }, token)).recipientReport.nodes.length, 8);
  assert.equal((await csv(`/reports/campaigns/${campA}/recipients.csv?state=FAILED`, token)).status, 200);
  const h = await t.ok<{ recipient: { callAttempts: unknown[] } }>(HISTORY, { id: ids.get('r2') }, token);
  assert.equal(h.recipient.callAttempts.length, 2);
  const events = await t.ok<{ campaignEvents: { nodes: Array<{ action: string }> } }>(
    'query($c: ID!) { campaignEvents(campaignId: $c) { nodes { action } } }',
    { c: campA },
    token,
  );
  assert.deepEqual(events.campaignEvents.nodes.map((e) => e.action).slice(-1), ['DELETE']);
  // Still invisible to the other tenant after deletion.
  assert.equal((await t.gql(REPORT, { c: campA }, otherToken)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
  assert.equal((await csv(`/reports/campaigns/${campA}/recipients.csv`, otherToken)).status, 404);
});
