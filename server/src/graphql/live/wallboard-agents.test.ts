import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Client } from 'graphql-ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import type { Campaign } from '../../entities/campaign.entity';
import { Tenant } from '../../entities/tenant.entity';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { asJson, rows } from '../../dialer/sql-rows';
import { seedCampaign } from '../../dialer/testing/seed';
import { resultWhere, startTestApp, type TestApp } from '../../test/test-app';

// The wallboard's agent figures, end to end: agents and attempts written to PostgreSQL, the
// dialer's once-a-second board over graphql-ws (the simulator is the switch; nothing is dialed).
let t: TestApp;
before(async () => {
  t = await startTestApp({ PACER_DIALER: 'on' });
});
after(async () => {
  await t?.stop();
});

interface Counts {
  available: number;
  noPhone: number;
  reserved: number;
  onCall: number;
  wrapUp: number;
  onBreak: number;
  loggedOut: number;
}
interface Board {
  campaignId: string | null;
  agents: Counts | null;
  occupancy: number | null;
  abandonRate: number | null;
  abandonRateTarget: number | null;
}
const BOARD =
  'subscription($c: ID) { wallboard(campaignId: $c) { campaignId agents { available noPhone reserved onCall wrapUp onBreak loggedOut } occupancy abandonRate abandonRateTarget } }';

/** The first board that `pred` accepts (the deadline only bounds a failure). */
function boardWhere(client: Client, campaignId: string | null, pred: (b: Board) => boolean): Promise<Board> {
  return resultWhere<{ wallboard: Board }>(client, BOARD, { c: campaignId }, (x) => pred(x.wallboard)).result.then((x) => x.wallboard);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const close = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) < 1e-9;

/**
 * Agents in the given states, each assigned to `campaigns`. Their phones are loopback endpoints,
 * which the dialer's phone check finds reachable; `phone: false` gives a `user/` endpoint the
 * simulator does not register (the check finds it unregistered).
 */
async function agents(em: EntityManager, tenant: Tenant, states: AgentState[], campaigns: Campaign[], phone = true): Promise<Agent[]> {
  const list = states.map((state, i) =>
    Object.assign(new Agent(), {
      tenant,
      name: `${state}-${i}`,
      endpoint: phone ? `loopback/${2000 + i}/default/XML` : `user/${2900 + i}`,
      phoneRegistered: phone,
      state,
    }),
  );
  em.persist(list);
  for (const a of list) for (const campaign of campaigns) em.persist(Object.assign(new AgentAssignment(), { agent: a, campaign }));
  await em.flush();
  return list;
}

/** One recipient due only tomorrow: the campaign stays RUNNING with nothing to dial, so agents keep their states. */
async function parkedRecipient(em: EntityManager, campaignId: string): Promise<string> {
  const [r] = await rows<{ id: string }>(
    em,
    `
    insert into campaign_recipient (campaign_id, name, fields, tags, state, callback_at, created_at, updated_at)
    values (?, 'parked', '{}', '{}', 'SCHEDULED', now() + interval '1 day', now(), now()) returning id`,
    [campaignId],
  );
  return r?.id ?? '';
}

interface PastCall {
  minutesAgo: number;
  answered: boolean;
  amd?: string;
  abandoned?: boolean;
}

/** Finished attempts, as the dialer would have written them `minutesAgo`. */
async function pastCalls(em: EntityManager, campaignId: string, calls: PastCall[]): Promise<void> {
  const recipientId = await parkedRecipient(em, campaignId);
  await em.execute(
    `
    insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at, answered_at, ended_at, amd_result, abandoned, counted)
    select gen_random_uuid(), ?, ?, row_number() over (), '+15550000000', now() - make_interval(mins => v.m),
      case when v.answered then now() - make_interval(mins => v.m) end, now() - make_interval(mins => v.m), v.amd, coalesce(v.abandoned, false), true
    from jsonb_to_recordset(?::jsonb) as v(m int, answered boolean, amd text, abandoned boolean)`,
    [
      campaignId,
      recipientId,
      asJson(calls.map((c) => ({ m: c.minutesAgo, answered: c.answered, amd: c.amd ?? null, abandoned: c.abandoned ?? false }))),
    ],
  );
}

const { AVAILABLE, RESERVED, ON_CALL, WRAP_UP, BREAK, LOGGED_OUT } = AgentState;

test('agent campaign and tenant wallboards: agents by state, occupancy, abandon rate against the target', { timeout: 60_000 }, async () => {
  const acme = await t.tenant('floor');
  const other = await t.tenant('elsewhere');
  const em = t.app.orm.em.fork();
  const tenant = em.getReference(Tenant, acme.tenantId);
  const a = await seedCampaign(em, tenant, { type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE, abandonRateTarget: 5 });
  const b = await seedCampaign(em, tenant, { type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE });
  const voice = await seedCampaign(em, tenant, {});
  const onA = await agents(em, tenant, [AVAILABLE, AVAILABLE, RESERVED, ON_CALL, WRAP_UP, BREAK, LOGGED_OUT], [a]);
  await agents(em, tenant, [ON_CALL], [a, b]); // on both campaigns: counted once for the tenant
  await agents(em, tenant, [BREAK], [b]);
  await agents(em, tenant, [AVAILABLE, LOGGED_OUT], []); // on no campaign: the tenant still counts them
  // Signed in and AVAILABLE, but the phone is not registered: the dialer never offers it a call,
  // so the board does not count it available (nor working, for occupancy).
  await agents(em, tenant, [AVAILABLE], [a], false);
  const theirs = await seedCampaign(em, em.getReference(Tenant, other.tenantId), {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PROGRESSIVE,
  });
  await agents(em, em.getReference(Tenant, other.tenantId), [ON_CALL, ON_CALL, BREAK], [theirs]);

  // A: 8 answered by a person, 2 of them abandoned; a machine, 2 unanswered and an abandon older
  // than the 15-minute window do not count. B: 2 answered, none abandoned.
  const human = (n: number, amd?: string): PastCall[] => Array.from({ length: n }, () => ({ minutesAgo: 3, answered: true, amd }));
  await pastCalls(em, a.id, [
    ...human(3),
    ...human(3, 'human'),
    { minutesAgo: 1, answered: true, abandoned: true },
    { minutesAgo: 14, answered: true, amd: 'human', abandoned: true },
    { minutesAgo: 2, answered: true, amd: 'machine' },
    { minutesAgo: 2, answered: false },
    { minutesAgo: 5, answered: false },
    { minutesAgo: 20, answered: true, abandoned: true },
  ]);
  await pastCalls(em, b.id, human(2));

  const client = t.ws(acme.token);
  const boardA = await boardWhere(
    client,
    a.id,
    (x) =>
      same(x.agents, { available: 2, noPhone: 1, reserved: 1, onCall: 2, wrapUp: 1, onBreak: 1, loggedOut: 1 }) && x.abandonRate !== null,
  );
  assert.equal(boardA.occupancy, 0.5, '(2 on call + 1 wrap-up) / 6 logged in and not on break');
  assert.equal(boardA.abandonRate, 0.25, '2 abandoned / 8 answered by a person in the last 15 minutes');
  assert.equal(boardA.abandonRateTarget, 0.05, 'stored as 5 (percent)');

  const boardB = await boardWhere(client, b.id, (x) => x.agents !== null && x.abandonRate !== null);
  assert.deepEqual(boardB, {
    campaignId: b.id,
    agents: { available: 0, noPhone: 0, reserved: 0, onCall: 1, wrapUp: 0, onBreak: 1, loggedOut: 0 },
    occupancy: 1,
    abandonRate: 0,
    abandonRateTarget: 0.03,
  });

  const voiceBoard = await boardWhere(client, voice.id, () => true);
  assert.deepEqual(
    voiceBoard,
    { campaignId: voice.id, agents: null, occupancy: null, abandonRate: null, abandonRateTarget: null },
    'a VOICE campaign has no agent figures',
  );

  const tenantBoard = await boardWhere(client, null, (x) => x.agents !== null && x.abandonRate !== null);
  assert.deepEqual(
    tenantBoard.agents,
    { available: 3, noPhone: 1, reserved: 1, onCall: 2, wrapUp: 1, onBreak: 2, loggedOut: 2 },
    "all of the tenant's agents, each once, none of another tenant's",
  );
  assert.ok(close(tenantBoard.occupancy, 3 / 7), `tenant occupancy ${tenantBoard.occupancy}`);
  assert.equal(tenantBoard.abandonRate, 0.2, '2 abandoned / 10 answered over both agent campaigns');
  assert.equal(tenantBoard.abandonRateTarget, null);

  // A state change shows on the next beat: the supervisor sends the agent on break back to work.
  // Each board is stamped when its figures are read, so every board stamped after the change
  // committed must show it (no wall-clock margin: a slow beat is only a later beat).
  const onBreak = onA.find((x) => x.state === BREAK);
  const committedAt = await t
    .ok('mutation($id: ID!) { setAgentState(id: $id, state: AVAILABLE) { state } }', { id: onBreak?.id }, acme.token)
    .then(() => Date.now());
  const next = await resultWhere<{ wallboard: Board & { at: string } }>(
    client,
    BOARD.replace('campaignId agents', 'campaignId at agents'),
    { c: a.id },
    // A fresh subscription's heartbeat (graphql/pubsub/heartbeat.ts) may beat before the dialer's
    // first board reaches it: read from the database, it carries no agent figures (null), so the
    // board looked for is the dialer's.
    (x) => Date.parse(x.wallboard.at) > committedAt && x.wallboard.agents !== null,
  ).result;
  const moved = next.wallboard;
  assert.deepEqual(
    moved.agents,
    { available: 3, noPhone: 1, reserved: 1, onCall: 2, wrapUp: 1, onBreak: 0, loggedOut: 1 },
    'the first board after the change shows it',
  );
  assert.ok(close(moved.occupancy, 3 / 7));
});

test("the board shows the abandon rate over the compliance profile's window beside the 15-minute one", { timeout: 60_000 }, async () => {
  const acme = await t.tenant('window');
  const em = t.app.orm.em.fork();
  const tenant = em.getReference(Tenant, acme.tenantId);
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PREDICTIVE,
    complianceProfile: ComplianceProfile.UK_OFCOM,
  });
  await agents(em, tenant, [AVAILABLE], [c]);
  // 4 answered in the last 15 minutes, none abandoned; an abandon 20 h ago (inside Ofcom's
  // 24 h) and one 33 h ago (outside).
  await pastCalls(em, c.id, [
    ...Array.from({ length: 4 }, () => ({ minutesAgo: 3, answered: true })),
    { minutesAgo: 20 * 60, answered: true, abandoned: true },
    { minutesAgo: 33 * 60, answered: true, abandoned: true },
  ]);
  const WINDOWS =
    'subscription($c: ID) { wallboard(campaignId: $c) { abandonRate abandonRateTarget profileAbandonRate profileWindowHours } }';
  const client = t.ws(acme.token);
  const board = await resultWhere<{ wallboard: Record<string, number | null> }>(
    client,
    WINDOWS,
    { c: c.id },
    (x) => x.wallboard.profileAbandonRate !== null,
  ).result;
  assert.deepEqual(board.wallboard, { abandonRate: 0, abandonRateTarget: 0.03, profileAbandonRate: 0.2, profileWindowHours: 24 });
});
