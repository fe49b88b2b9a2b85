import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import {
  setupReportsApi,
  t,
  token,
  otherToken,
  campA,
  campB,
  ids,
  at,
  STATS,
  REPORT,
  type Stats,
  type Report,
  b,
  names,
  csv,
  STATS_A,
} from './reports-api.setup';

setupReportsApi();

test('statistics of one campaign: every count and percentage', async () => {
  const { campaignStatistics: s } = await t.ok<Stats>(STATS, { f: { campaignIds: [campA] } }, token);
  const { campaigns, ...figures } = s;
  assert.deepEqual(campaigns, [{ id: campA, deletedAt: null }]);
  assert.deepEqual(figures, STATS_A);
});

test('statistics over several campaigns, and by start-date range', async () => {
  const both = (await t.ok<Stats>(STATS, { f: { campaignIds: [campA, campB] } }, token)).campaignStatistics;
  assert.equal(both.campaigns.length, 2);
  assert.deepEqual([both.recipients, both.untagged, both.attempts, both.answered, both.abandoned], [10, 4, 16, 5, 1]);
  assert.deepEqual([both.answeredPercent, both.abandonedPercent, both.averageTalkSeconds, both.totalTalkSeconds], [31.25, 20, 45, 225]);
  assert.deepEqual(both.byState, [b('CONTACTED', 4, 40), b('FAILED', 3, 30), b('RETRY_WAIT', 2, 20), b('READY', 1, 10)]);
  assert.deepEqual(both.byTag, [b('vip', 4, 40), b('north', 3, 30)]);
  // No filter: all the tenant's campaigns (the same two).
  const all = (await t.ok<Stats>(STATS, {}, token)).campaignStatistics;
  assert.deepEqual(all.byState, both.byState);
  const feb = (await t.ok<Stats>(STATS, { f: { startedFrom: '2026-02-01T00:00:00Z', startedTo: '2026-03-01T00:00:00Z' } }, token))
    .campaignStatistics;
  assert.deepEqual(
    feb.campaigns.map((c) => c.id),
    [campB],
  );
  assert.deepEqual(feb.byState, [b('CONTACTED', 1, 50), b('FAILED', 1, 50)]);
  assert.deepEqual([feb.attempts, feb.answered, feb.averageTalkSeconds], [2, 1, 40]);
  const none = (await t.ok<Stats>(STATS, { f: { startedFrom: '2030-01-01T00:00:00Z' } }, token)).campaignStatistics;
  assert.deepEqual(
    [none.campaigns.length, none.recipients, none.byState.length, none.answeredPercent, none.averageTalkSeconds],
    [0, 0, 0, 0, 0],
  );
});

test('detailed report: full rows, cursor pages, filters', async () => {
  const first = await t.ok<Report>(REPORT, { c: campA, n: 3 }, token);
  assert.deepEqual(names(first), ['r1', 'r2', 'r3']);
  assert.equal(first.recipientReport.pageInfo.hasNextPage, true);
  assert.deepEqual(first.recipientReport.nodes[0], {
    id: ids.get('r1'),
    externalId: 'ext-r1',
    name: 'r1',
    numbers: ['+12125550101', '+12125550201'],
    state: 'CONTACTED',
    final: true,
    attempts: 1,
    lastOutcome: 'ANSWERED',
    lastDurationSeconds: 60,
    lastAttemptAt: at(60),
    tags: ['vip', 'north'],
    disposition: 'sale',
    fields: { code: 'C-r1' },
    originalLine: '+12125550101|+12125550201,r1,C-r1',
  });
  const rest = await t.ok<Report>(REPORT, { c: campA, n: 10, a: first.recipientReport.pageInfo.endCursor }, token);
  assert.deepEqual(names(rest), ['r4', 'r5', 'r6', 'r7', 'r8']);
  assert.equal(rest.recipientReport.pageInfo.hasNextPage, false);
  const by = async (f: Record<string, unknown>) => names(await t.ok<Report>(REPORT, { c: campA, f }, token));
  assert.deepEqual(await by({ state: ['FAILED'] }), ['r4', 'r5']);
  assert.deepEqual(await by({ tag: 'vip' }), ['r1', 'r2', 'r7']);
  assert.deepEqual(await by({ state: ['CONTACTED'], tag: 'north' }), ['r1', 'r3']);
  assert.deepEqual(await by({ text: 'C-R6' }), ['r6']);
  assert.deepEqual(await by({ lastAttemptFrom: at(120), lastAttemptTo: at(300) }), ['r2', 'r3', 'r4']);
});

test('CSV export: every row and column, filters, errors as JSON', async () => {
  const res = await csv(`/reports/campaigns/${campA}/recipients.csv`, token);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
  const rows = parse(await res.text(), { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(
    rows.map((r) => r.name),
    ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'],
  );
  assert.deepEqual(rows[0], {
    id: ids.get('r1'),
    external_id: 'ext-r1',
    name: 'r1',
    numbers: '+12125550101|+12125550201',
    state: 'CONTACTED',
    final: 'yes',
    attempts: '1',
    last_outcome: 'ANSWERED',
    last_duration_seconds: '60',
    last_attempt_at: at(60),
    tags: 'vip|north',
    disposition: 'sale',
    comment: '',
    fields: '{"code":"C-r1"}',
    original_line: '+12125550101|+12125550201,r1,C-r1',
    accountcode: '',
  });
  assert.deepEqual(rows[7]!.last_outcome, '');
  const failed = parse(await (await csv(`/reports/campaigns/${campA}/recipients.csv?state=FAILED,RETRY_WAIT&tag=north`, token)).text(), {
    columns: true,
  }) as Array<Record<string, string>>;
  assert.deepEqual(
    failed.map((r) => r.name),
    ['r5'],
  );
  const expectError = async (path: string, tok: string | undefined, status: number, code: string) => {
    const r = await csv(path, tok);
    assert.equal(r.status, status, path);
    const body = (await r.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, code, path);
    return body.error.message;
  };
  await expectError(`/reports/campaigns/${campA}/recipients.csv`, otherToken, 404, 'NOT_FOUND');
  await expectError('/reports/campaigns/00000000-0000-4000-8000-000000000000/recipients.csv', token, 404, 'NOT_FOUND');
  await expectError('/reports/campaigns/not-an-id/recipients.csv', token, 404, 'NOT_FOUND');
  await expectError(`/reports/campaigns/${campA}/recipients.csv`, undefined, 401, 'UNAUTHENTICATED');
  assert.match(
    await expectError(`/reports/campaigns/${campA}/recipients.csv?state=DONE`, token, 400, 'BAD_USER_INPUT'),
    /state: "DONE" is not one of/,
  );
  assert.match(
    await expectError(`/reports/campaigns/${campA}/recipients.csv?from=yesterday`, token, 400, 'BAD_USER_INPUT'),
    /from: "yesterday"/,
  );
  assert.match(
    await expectError(`/reports/campaigns/${campA}/recipients.csv?from=${at(10)}&to=${at(5)}`, token, 400, 'BAD_USER_INPUT'),
    /^to:/,
  );
});
