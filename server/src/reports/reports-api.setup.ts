// Shared by the reports API tests (reports-api*.test.ts): the seeded campaigns, the queries and their result types.
// The `let` exports are live bindings, set by the before hook setupReportsApi() registers.
import { after, before } from 'node:test';
import { startTestApp, type TestApp } from '../test/test-app';
import { seedCampaign, type FixtureAttempt, type FixtureRecipient } from './report-fixture';

export let t: TestApp;
export let token: string;
export let otherToken: string;
export let campA: string;
export let campB: string;
export let ids: Map<string, string>;

export const T0 = '2026-03-01T10:00:00.000Z';
export const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

// Campaign A: 8 recipients whose outcomes are known, so every figure below is hand-computed.
export const RECIPIENTS: FixtureRecipient[] = [
  {
    name: 'r1',
    state: 'CONTACTED',
    attempts: 1,
    lastOutcome: 'ANSWERED',
    tags: ['vip', 'north'],
    lastDuration: 60,
    lastAttemptAt: at(60),
    numbers: ['+12125550101', '+12125550201'],
  },
  {
    name: 'r2',
    state: 'CONTACTED',
    attempts: 2,
    lastOutcome: 'ANSWERED',
    tags: ['vip'],
    lastDuration: 30,
    lastAttemptAt: at(120),
    numbers: ['+12125550102'],
  },
  {
    name: 'r3',
    state: 'CONTACTED',
    attempts: 1,
    lastOutcome: 'ANSWERED',
    tags: ['north'],
    lastDuration: 90,
    lastAttemptAt: at(180),
    numbers: ['+12125550103'],
  },
  {
    name: 'r4',
    state: 'FAILED',
    attempts: 3,
    lastOutcome: 'BUSY',
    tags: [],
    lastDuration: 0,
    lastAttemptAt: at(240),
    numbers: ['+12125550104'],
  },
  {
    name: 'r5',
    state: 'FAILED',
    attempts: 3,
    lastOutcome: 'NO_ANSWER',
    tags: ['north'],
    lastDuration: null,
    lastAttemptAt: at(300),
    numbers: ['+12125550105'],
  },
  {
    name: 'r6',
    state: 'RETRY_WAIT',
    attempts: 1,
    lastOutcome: 'BUSY',
    tags: [],
    lastDuration: null,
    lastAttemptAt: at(360),
    numbers: ['+12125550106'],
  },
  {
    name: 'r7',
    state: 'RETRY_WAIT',
    attempts: 2,
    lastOutcome: 'ABANDONED',
    tags: ['vip'],
    lastDuration: 5,
    lastAttemptAt: at(420),
    numbers: ['+12125550107'],
  },
  {
    name: 'r8',
    state: 'READY',
    attempts: 0,
    lastOutcome: null,
    tags: [],
    lastDuration: null,
    lastAttemptAt: null,
    numbers: ['+12125550108'],
  },
];
export const plain = (
  recipient: string,
  attemptNumber: number,
  outcome: string,
  createdAt: string,
  extra: Partial<FixtureAttempt> = {},
): FixtureAttempt => ({ recipient, attemptNumber, outcome, createdAt, ...extra });
// r2's second attempt is inserted first: history must follow time, not insertion order.
export const R2_SECOND: FixtureAttempt = plain('r2', 2, 'ANSWERED', at(120), {
  originatedAt: at(120.01),
  ringingAt: at(120.05),
  answeredAt: at(120.2),
  bridgedAt: at(120.25),
  answerConfirmedAt: at(120.3),
  listenConfirmedAt: at(120.4),
  endedAt: at(120.75),
  hangupCause: 'NORMAL_CLEARING',
  q850: 16,
  sipStatus: 200,
  billSeconds: 30,
});
export const R2_FIRST: FixtureAttempt = plain('r2', 1, 'NO_ANSWER', at(60), {
  originatedAt: at(60.01),
  ringingAt: at(60.05),
  endedAt: at(60.5),
  hangupCause: 'NO_ANSWER',
  q850: 19,
  sipStatus: 480,
});
export const ATTEMPTS: FixtureAttempt[] = [
  R2_SECOND,
  R2_FIRST,
  plain('r1', 1, 'ANSWERED', at(60), { answeredAt: at(60.1), billSeconds: 60 }),
  plain('r3', 1, 'ANSWERED', at(180), { answeredAt: at(180.1), billSeconds: 90 }),
  plain('r4', 1, 'BUSY', at(10)),
  plain('r4', 2, 'BUSY', at(100)),
  plain('r4', 3, 'BUSY', at(240)),
  plain('r5', 1, 'NO_ANSWER', at(20)),
  plain('r5', 2, 'NO_ANSWER', at(200)),
  plain('r5', 3, 'NO_ANSWER', at(300)),
  plain('r6', 1, 'INTERRUPTED', at(30), { counted: false }),
  plain('r6', 2, 'BUSY', at(360)),
  plain('r7', 1, 'BUSY', at(40)),
  plain('r7', 2, 'ABANDONED', at(420), {
    answeredAt: at(420.1),
    billSeconds: 5,
    abandoned: true,
    abandonReason: 'BRIDGE_FAILED',
    bridgeFailureCause: 'USER_NOT_REGISTERED',
  }),
];

export const STATS = `query($f: StatisticsFilterInput) { campaignStatistics(filter: $f) {
  campaigns { id deletedAt } recipients finalRecipients openRecipients untagged countedAttempts callsPlaced attempts answered abandoned answeredPercent abandonedPercent averageTalkSeconds totalTalkSeconds
  byState { key count percent } byLastOutcome { key count percent } byAttempts { key count percent } byTag { key count percent } } }`;
export const REPORT = `query($c: ID!, $f: RecipientReportFilterInput, $a: String, $n: Int) { recipientReport(campaignId: $c, filter: $f, after: $a, first: $n) {
  nodes { id externalId name numbers state final attempts lastOutcome lastDurationSeconds lastAttemptAt tags disposition fields originalLine }
  pageInfo { endCursor hasNextPage } } }`;
export const HISTORY = `query($id: ID!) { recipient(id: $id) { name callAttempts { attemptNumber createdAt originatedAt ringingAt answeredAt bridgedAt
  answerConfirmedAt listenConfirmedAt endedAt hangupCause q850 sipStatus billSeconds outcome abandoned abandonReason bridgeFailureCause counted } } }`;

export type Bucket = { key: string; count: number; percent: number };
export type Stats = {
  campaignStatistics: {
    campaigns: Array<{ id: string; deletedAt: string | null }>;
    recipients: number;
    finalRecipients: number;
    openRecipients: number;
    untagged: number;
    countedAttempts: number;
    callsPlaced: number;
    attempts: number;
    answered: number;
    abandoned: number;
    answeredPercent: number;
    abandonedPercent: number;
    averageTalkSeconds: number;
    totalTalkSeconds: number;
    byState: Bucket[];
    byLastOutcome: Bucket[];
    byAttempts: Bucket[];
    byTag: Bucket[];
  };
};
export type Row = {
  id: string;
  name: string;
  numbers: string[];
  state: string;
  final: boolean;
  attempts: number;
  lastOutcome: string | null;
  lastDurationSeconds: number | null;
  lastAttemptAt: string | null;
  tags: string[];
  disposition: string | null;
  fields: Record<string, string>;
  originalLine: string;
  externalId: string;
};
export type Report = { recipientReport: { nodes: Row[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

export const b = (key: string, count: number, percent: number): Bucket => ({ key, count, percent });

export async function createCampaign(name: string, startedAt: string): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { name } },
    token,
  );
  await t.app.orm.em.fork().getConnection().execute('update campaign set started_at = ? where id = ?', [startedAt, r.createCampaign.id]);
  return r.createCampaign.id;
}

export const names = (r: Report): string[] => r.recipientReport.nodes.map((n) => n.name);
export const csv = (path: string, tok?: string): Promise<Response> =>
  fetch(t.url.replace('/graphql', path), { headers: tok ? { authorization: `Bearer ${tok}` } : {} });

/** Registers the suite's hooks: one test app, two tenants, campaigns A and B seeded with the fixture above. */
export function setupReportsApi(): void {
  before(async () => {
    t = await startTestApp();
    ({ token } = await t.tenant('rep'));
    ({ token: otherToken } = await t.tenant('other'));
    campA = await createCampaign('Spring sale', '2026-01-10T00:00:00Z');
    campB = await createCampaign('Follow-up', '2026-02-10T00:00:00Z');
    ids = await seedCampaign(t.app.orm, campA, RECIPIENTS, ATTEMPTS);
    await seedCampaign(
      t.app.orm,
      campB,
      [
        {
          name: 'b1',
          state: 'CONTACTED',
          attempts: 1,
          lastOutcome: 'ANSWERED',
          tags: ['vip'],
          lastDuration: 40,
          lastAttemptAt: at(10),
          numbers: ['+12125550301'],
        },
        {
          name: 'b2',
          state: 'FAILED',
          attempts: 1,
          lastOutcome: 'BUSY',
          tags: [],
          lastDuration: null,
          lastAttemptAt: at(11),
          numbers: ['+12125550302'],
        },
      ],
      [plain('b1', 1, 'ANSWERED', at(10), { answeredAt: at(10.1), billSeconds: 40 }), plain('b2', 1, 'BUSY', at(11))],
    );
  });
  after(async () => {
    await t.stop();
  });
}

export const STATS_A = {
  recipients: 8,
  finalRecipients: 5,
  openRecipients: 3,
  untagged: 3,
  // 13 counted (r6's INTERRUPTED call is not), 14 placed: byAttempts groups by the counted ones.
  countedAttempts: 13,
  callsPlaced: 14,
  attempts: 14,
  answered: 4,
  abandoned: 1,
  answeredPercent: 28.57,
  abandonedPercent: 25,
  averageTalkSeconds: 46.25,
  totalTalkSeconds: 185,
  byState: [b('CONTACTED', 3, 37.5), b('FAILED', 2, 25), b('RETRY_WAIT', 2, 25), b('READY', 1, 12.5)],
  byLastOutcome: [b('ANSWERED', 3, 37.5), b('BUSY', 2, 25), b('ABANDONED', 1, 12.5), b('NOT_CALLED', 1, 12.5), b('NO_ANSWER', 1, 12.5)],
  byAttempts: [b('0', 1, 12.5), b('1', 3, 37.5), b('2', 2, 25), b('3', 2, 25)],
  byTag: [b('north', 3, 37.5), b('vip', 3, 37.5)],
};
