import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '../test/test-app';
import { seedCampaign, type FixtureAttempt, type FixtureRecipient } from './report-fixture';

let t: TestApp;
let token: string;
let otherToken: string;
let campA: string;
let campB: string;
let ids: Map<string, string>;

const T0 = '2026-03-01T10:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

// Campaign A: 8 recipients whose outcomes are known, so every figure below is hand-computed.
const RECIPIENTS: FixtureRecipient[] = [
  { name: 'r1', state: 'CONTACTED', attempts: 1, lastOutcome: 'ANSWERED', tags: ['vip', 'north'], lastDuration: 60, lastAttemptAt: at(60), numbers: ['+12125550101', '+12125550201'] },
  { name: 'r2', state: 'CONTACTED', attempts: 2, lastOutcome: 'ANSWERED', tags: ['vip'], lastDuration: 30, lastAttemptAt: at(120), numbers: ['+12125550102'] },
  { name: 'r3', state: 'CONTACTED', attempts: 1, lastOutcome: 'ANSWERED', tags: ['north'], lastDuration: 90, lastAttemptAt: at(180), numbers: ['+12125550103'] },
  { name: 'r4', state: 'FAILED', attempts: 3, lastOutcome: 'BUSY', tags: [], lastDuration: 0, lastAttemptAt: at(240), numbers: ['+12125550104'] },
  { name: 'r5', state: 'FAILED', attempts: 3, lastOutcome: 'NO_ANSWER', tags: ['north'], lastDuration: null, lastAttemptAt: at(300), numbers: ['+12125550105'] },
  { name: 'r6', state: 'RETRY_WAIT', attempts: 1, lastOutcome: 'BUSY', tags: [], lastDuration: null, lastAttemptAt: at(360), numbers: ['+12125550106'] },
  { name: 'r7', state: 'RETRY_WAIT', attempts: 2, lastOutcome: 'ABANDONED', tags: ['vip'], lastDuration: 5, lastAttemptAt: at(420), numbers: ['+12125550107'] },
  { name: 'r8', state: 'READY', attempts: 0, lastOutcome: null, tags: [], lastDuration: null, lastAttemptAt: null, numbers: ['+12125550108'] },
];
const plain = (recipient: string, attemptNumber: number, outcome: string, createdAt: string, extra: Partial<FixtureAttempt> = {}): FixtureAttempt =>
  ({ recipient, attemptNumber, outcome, createdAt, ...extra });
// r2's second attempt is inserted first: history must follow time, not insertion order.
const R2_SECOND: FixtureAttempt = plain('r2', 2, 'ANSWERED', at(120), {
  originatedAt: at(120.01), ringingAt: at(120.05), answeredAt: at(120.2), bridgedAt: at(120.25), answerConfirmedAt: at(120.3),
  listenConfirmedAt: at(120.4), endedAt: at(120.75), hangupCause: 'NORMAL_CLEARING', q850: 16, sipStatus: 200, billSeconds: 30,
});
const R2_FIRST: FixtureAttempt = plain('r2', 1, 'NO_ANSWER', at(60), {
  originatedAt: at(60.01), ringingAt: at(60.05), endedAt: at(60.5), hangupCause: 'NO_ANSWER', q850: 19, sipStatus: 480,
});
const ATTEMPTS: FixtureAttempt[] = [
  R2_SECOND, R2_FIRST,
  plain('r1', 1, 'ANSWERED', at(60), { answeredAt: at(60.1), billSeconds: 60 }),
  plain('r3', 1, 'ANSWERED', at(180), { answeredAt: at(180.1), billSeconds: 90 }),
  plain('r4', 1, 'BUSY', at(10)), plain('r4', 2, 'BUSY', at(100)), plain('r4', 3, 'BUSY', at(240)),
  plain('r5', 1, 'NO_ANSWER', at(20)), plain('r5', 2, 'NO_ANSWER', at(200)), plain('r5', 3, 'NO_ANSWER', at(300)),
  plain('r6', 1, 'INTERRUPTED', at(30), { counted: false }), plain('r6', 2, 'BUSY', at(360)),
  plain('r7', 1, 'BUSY', at(40)), plain('r7', 2, 'ABANDONED', at(420), { answeredAt: at(420.1), billSeconds: 5, abandoned: true }),
];

const STATS = `query($f: StatisticsFilterInput) { campaignStatistics(filter: $f) {
  campaigns { id deletedAt } recipients untagged attempts answered abandoned answeredPercent abandonedPercent averageTalkSeconds totalTalkSeconds
  byState { key count percent } byLastOutcome { key count percent } byAttempts { key count percent } byTag { key count percent } } }`;
const REPORT = `query($c: ID!, $f: RecipientReportFilterInput, $a: String, $n: Int) { recipientReport(campaignId: $c, filter: $f, after: $a, first: $n) {
  nodes { id externalId name numbers state attempts lastOutcome lastDurationSeconds lastAttemptAt tags disposition fields originalLine }
  pageInfo { endCursor hasNextPage } } }`;
const HISTORY = `query($id: ID!) { recipient(id: $id) { name callAttempts { attemptNumber createdAt originatedAt ringingAt answeredAt bridgedAt
  answerConfirmedAt listenConfirmedAt endedAt hangupCause q850 sipStatus billSeconds outcome abandoned counted } } }`;

type Bucket = { key: string; count: number; percent: number };
type Stats = { campaignStatistics: { campaigns: Array<{ id: string; deletedAt: string | null }>; recipients: number; untagged: number; attempts: number; answered: number;
  abandoned: number; answeredPercent: number; abandonedPercent: number; averageTalkSeconds: number; totalTalkSeconds: number;
  byState: Bucket[]; byLastOutcome: Bucket[]; byAttempts: Bucket[]; byTag: Bucket[] } };
type Row = { id: string; name: string; numbers: string[]; state: string; attempts: number; lastOutcome: string | null; lastDurationSeconds: number | null;
  lastAttemptAt: string | null; tags: string[]; disposition: string | null; fields: Record<string, string>; originalLine: string; externalId: string };
type Report = { recipientReport: { nodes: Row[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

const b = (key: string, count: number, percent: number): Bucket => ({ key, count, percent });

async function createCampaign(name: string, startedAt: string): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>('mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', { i: { name } }, token);
  await t.app.orm.em.fork().getConnection().execute('update campaign set started_at = ? where id = ?', [startedAt, r.createCampaign.id]);
  return r.createCampaign.id;
}

const names = (r: Report): string[] => r.recipientReport.nodes.map((n) => n.name);
const csv = (path: string, tok?: string): Promise<Response> =>
  fetch(t.url.replace('/graphql', path), { headers: tok ? { authorization: `Bearer ${tok}` } : {} });

before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('rep'));
  ({ token: otherToken } = await t.tenant('other'));
  campA = await createCampaign('Spring sale', '2026-01-10T00:00:00Z');
  campB = await createCampaign('Follow-up', '2026-02-10T00:00:00Z');
  ids = await seedCampaign(t.app.orm, campA, RECIPIENTS, ATTEMPTS);
  await seedCampaign(t.app.orm, campB, [
    { name: 'b1', state: 'CONTACTED', attempts: 1, lastOutcome: 'ANSWERED', tags: ['vip'], lastDuration: 40, lastAttemptAt: at(10), numbers: ['+12125550301'] },
    { name: 'b2', state: 'FAILED', attempts: 1, lastOutcome: 'BUSY', tags: [], lastDuration: null, lastAttemptAt: at(11), numbers: ['+12125550302'] },
  ], [plain('b1', 1, 'ANSWERED', at(10), { answeredAt: at(10.1), billSeconds: 40 }), plain('b2', 1, 'BUSY', at(11))]);
});
after(async () => { await t.stop(); });

const STATS_A = {
  recipients: 8, untagged: 3, attempts: 14, answered: 4, abandoned: 1, answeredPercent: 28.57, abandonedPercent: 25,
  averageTalkSeconds: 46.25, totalTalkSeconds: 185,
  byState: [b('CONTACTED', 3, 37.5), b('FAILED', 2, 25), b('RETRY_WAIT', 2, 25), b('READY', 1, 12.5)],
  byLastOutcome: [b('ANSWERED', 3, 37.5), b('BUSY', 2, 25), b('ABANDONED', 1, 12.5), b('NOT_CALLED', 1, 12.5), b('NO_ANSWER', 1, 12.5)],
  byAttempts: [b('0', 1, 12.5), b('1', 3, 37.5), b('2', 2, 25), b('3', 2, 25)],
  byTag: [b('north', 3, 37.5), b('vip', 3, 37.5)],
};

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
  const feb = (await t.ok<Stats>(STATS, { f: { startedFrom: '2026-02-01T00:00:00Z', startedTo: '2026-03-01T00:00:00Z' } }, token)).campaignStatistics;
  assert.deepEqual(feb.campaigns.map((c) => c.id), [campB]);
  assert.deepEqual(feb.byState, [b('CONTACTED', 1, 50), b('FAILED', 1, 50)]);
  assert.deepEqual([feb.attempts, feb.answered, feb.averageTalkSeconds], [2, 1, 40]);
  const none = (await t.ok<Stats>(STATS, { f: { startedFrom: '2030-01-01T00:00:00Z' } }, token)).campaignStatistics;
  assert.deepEqual([none.campaigns.length, none.recipients, none.byState.length, none.answeredPercent, none.averageTalkSeconds], [0, 0, 0, 0, 0]);
});

test('detailed report: full rows, cursor pages, filters', async () => {
  const first = await t.ok<Report>(REPORT, { c: campA, n: 3 }, token);
  assert.deepEqual(names(first), ['r1', 'r2', 'r3']);
  assert.equal(first.recipientReport.pageInfo.hasNextPage, true);
  assert.deepEqual(first.recipientReport.nodes[0], {
    id: ids.get('r1'), externalId: 'ext-r1', name: 'r1', numbers: ['+12125550101', '+12125550201'], state: 'CONTACTED', attempts: 1,
    lastOutcome: 'ANSWERED', lastDurationSeconds: 60, lastAttemptAt: at(60), tags: ['vip', 'north'], disposition: 'sale',
    fields: { code: 'C-r1' }, originalLine: '+12125550101|+12125550201,r1,C-r1',
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
  assert.deepEqual(rows.map((r) => r.name), ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']);
  assert.deepEqual(rows[0], {
    id: ids.get('r1'), external_id: 'ext-r1', name: 'r1', numbers: '+12125550101|+12125550201', state: 'CONTACTED', attempts: '1',
    last_outcome: 'ANSWERED', last_duration_seconds: '60', last_attempt_at: at(60), tags: 'vip|north', disposition: 'sale', comment: '',
    fields: '{"code":"C-r1"}', original_line: '+12125550101|+12125550201,r1,C-r1',
  });
  assert.deepEqual(rows[7]!.last_outcome, '');
  const failed = parse(await (await csv(`/reports/campaigns/${campA}/recipients.csv?state=FAILED,RETRY_WAIT&tag=north`, token)).text(), { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(failed.map((r) => r.name), ['r5']);
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
  assert.match(await expectError(`/reports/campaigns/${campA}/recipients.csv?state=DONE`, token, 400, 'BAD_USER_INPUT'), /state: "DONE" is not one of/);
  assert.match(await expectError(`/reports/campaigns/${campA}/recipients.csv?from=yesterday`, token, 400, 'BAD_USER_INPUT'), /from: "yesterday"/);
  assert.match(await expectError(`/reports/campaigns/${campA}/recipients.csv?from=${at(10)}&to=${at(5)}`, token, 400, 'BAD_USER_INPUT'), /^to:/);
});

test("per-recipient history: every attempt in time order with all its timestamps", async () => {
  const h = await t.ok<{ recipient: { callAttempts: Array<Record<string, unknown>> } }>(HISTORY, { id: ids.get('r2') }, token);
  const strip = (a: FixtureAttempt) => ({
    attemptNumber: a.attemptNumber, createdAt: a.createdAt, originatedAt: a.originatedAt ?? null, ringingAt: a.ringingAt ?? null,
    answeredAt: a.answeredAt ?? null, bridgedAt: a.bridgedAt ?? null, answerConfirmedAt: a.answerConfirmedAt ?? null,
    listenConfirmedAt: a.listenConfirmedAt ?? null, endedAt: a.endedAt ?? null, hangupCause: a.hangupCause ?? null, q850: a.q850 ?? null,
    sipStatus: a.sipStatus ?? null, billSeconds: a.billSeconds ?? null, outcome: a.outcome, abandoned: false, counted: true,
  });
  assert.deepEqual(h.recipient.callAttempts, [strip(R2_FIRST), strip(R2_SECOND)]);
  const r8 = await t.ok<{ recipient: { callAttempts: unknown[] } }>(HISTORY, { id: ids.get('r8') }, token);
  assert.deepEqual(r8.recipient.callAttempts, []);
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
  assert.deepEqual([unknown?.extensions?.code, unknown?.message], ['NOT_FOUND', 'Campaign 00000000-0000-4000-8000-000000000000 was not found']);
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
    'query($c: ID!) { campaignEvents(campaignId: $c) { nodes { action } } }', { c: campA }, token);
  assert.deepEqual(events.campaignEvents.nodes.map((e) => e.action).slice(-1), ['DELETE']);
  // Still invisible to the other tenant after deletion.
  assert.equal((await t.gql(REPORT, { c: campA }, otherToken)).errors?.[0]?.extensions?.code, 'NOT_FOUND');
  assert.equal((await csv(`/reports/campaigns/${campA}/recipients.csv`, otherToken)).status, 404);
});
