import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextResults, startTestApp, type TestApp } from '../../test/test-app';
import { assertError, login } from '../settings/settings-test-kit';

let t: TestApp;
let admin: string;
before(async () => {
  t = await startTestApp();
  ({ token: admin } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface Ag {
  id: string;
  name: string;
  userId: string | null;
  endpoint: string;
  state: string;
  callTimeoutSeconds: number;
  wrapUpSeconds: number;
  maxNoAnswer: number;
}
const FIELDS = 'id name userId endpoint state callTimeoutSeconds wrapUpSeconds maxNoAnswer';
const CREATE = `mutation($i: CreateAgentInput!) { createAgent(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ${FIELDS} } }`;
const SET_MY = 'mutation($s: AgentState!) { setMyAgentState(state: $s) { id state } }';
const SET = 'mutation($id: ID!, $s: AgentState!) { setAgentState(id: $id, state: $s) { id state } }';

/** A user with `role` in the admin's tenant: its id and token. */
async function user(email: string, role: string): Promise<{ id: string; token: string }> {
  const r = await t.ok<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email, name: email, password: 'password-123', role } },
    admin,
  );
  return { id: r.createUser.id, token: await login(t, email, 'password-123') };
}

async function agent(name: string, userId?: string): Promise<Ag> {
  return (await t.ok<{ createAgent: Ag }>(CREATE, { i: { name, endpoint: `user/${name}`, userId } }, admin)).createAgent;
}

test('agent CRUD: defaults, link to an AGENT user, validation, tenant isolation, delete', async () => {
  const u = await user('ann@acme.test', 'AGENT');
  const a = (
    await t.ok<{ createAgent: Ag }>(CREATE, { i: { name: ' Ann ', endpoint: 'user/1001', userId: u.id, wrapUpSeconds: 5 } }, admin)
  ).createAgent;
  assert.deepEqual(
    { ...a, id: undefined },
    {
      id: undefined,
      name: 'Ann',
      userId: u.id,
      endpoint: 'user/1001',
      state: 'LOGGED_OUT',
      callTimeoutSeconds: 20,
      wrapUpSeconds: 5,
      maxNoAnswer: 3,
    },
  );
  assert.equal((await t.ok<{ myAgent: Ag }>(`{ myAgent { ${FIELDS} } }`, {}, u.token)).myAgent.id, a.id);

  // One user, one agent; only AGENT users; dial strings stay bare.
  assertError(await t.gql(CREATE, { i: { name: 'dup', endpoint: 'user/1', userId: u.id } }, admin), 'CONFLICT');
  const sup = await user('sue@acme.test', 'SUPERVISOR');
  assertError(await t.gql(CREATE, { i: { name: 'x', endpoint: 'user/1', userId: sup.id } }, admin), 'BAD_USER_INPUT', 'userId');
  assertError(await t.gql(CREATE, { i: { name: 'x', endpoint: 'user/1 &bridge(x)' } }, admin), 'BAD_USER_INPUT', 'endpoint');
  assertError(await t.gql(CREATE, { i: { name: 'x', endpoint: '{a=b}user/1' } }, admin), 'BAD_USER_INPUT', 'endpoint');
  // A loopback agent needs its context and dialplan, or every bridge to it fails (issue 22).
  const loop = await t.gql(CREATE, { i: { name: 'x', endpoint: 'loopback/1001/default' } }, admin);
  assertError(loop, 'BAD_USER_INPUT', 'endpoint');
  assert.match(JSON.stringify(loop.errors), /loopback\/1001\/default\/XML/);
  assertError(await t.gql(CREATE, { i: { name: 'x', endpoint: 'user/1', maxNoAnswer: 0 } }, admin), 'BAD_USER_INPUT', 'maxNoAnswer');
  // Agents manage nothing; supervisors do.
  assertError(await t.gql(CREATE, { i: { name: 'x', endpoint: 'user/1' } }, u.token), 'FORBIDDEN');
  await t.ok(CREATE, { i: { name: 'Bob', endpoint: 'user/1002' } }, sup.token);

  const up = (await t.ok<{ updateAgent: Ag }>(UPDATE, { id: a.id, i: { endpoint: 'user/2001', maxNoAnswer: 5, name: null } }, admin))
    .updateAgent;
  assert.deepEqual([up.name, up.endpoint, up.maxNoAnswer, up.wrapUpSeconds], ['Ann', 'user/2001', 5, 5]);
  assertError(await t.gql(UPDATE, { id: a.id, i: { endpoint: 'loopback/2001' } }, admin), 'BAD_USER_INPUT', 'endpoint');
  assert.equal((await t.ok<{ updateAgent: Ag }>(UPDATE, { id: a.id, i: { unlinkUser: true } }, admin)).updateAgent.userId, null);
  assertError(await t.gql(`{ myAgent { id } }`, {}, u.token), 'NOT_FOUND');

  const other = await t.tenant('globex');
  assertError(await t.gql('query($id: ID!) { agent(id: $id) { id } }', { id: a.id }, other.token), 'NOT_FOUND');
  assertError(await t.gql(UPDATE, { id: a.id, i: { name: 'stolen' } }, other.token), 'NOT_FOUND');
  assert.deepEqual((await t.ok<{ agents: Ag[] }>('{ agents { id } }', {}, other.token)).agents, []);

  await t.ok('mutation($id: ID!) { deleteAgent(id: $id) { id } }', { id: a.id }, admin);
  assertError(await t.gql('query($id: ID!) { agent(id: $id) { id } }', { id: a.id }, admin), 'NOT_FOUND');
});

test('assignments: tiers per campaign, upsert of the level, unassign', async () => {
  const c = (
    await t.ok<{ createCampaign: { id: string } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'tiers' } },
      admin,
    )
  ).createCampaign;
  const [x, y] = [await agent('tier-x'), await agent('tier-y')];
  const Q = 'query($c: ID) { agentAssignments(campaignId: $c) { agentId campaignId level } }';
  const ASSIGN = 'mutation($a: ID!, $c: ID!, $l: Int!) { assignAgent(agentId: $a, campaignId: $c, level: $l) { level } }';
  await t.ok(ASSIGN, { a: x.id, c: c.id, l: 2 }, admin);
  await t.ok(ASSIGN, { a: y.id, c: c.id, l: 1 }, admin);
  await t.ok(ASSIGN, { a: x.id, c: c.id, l: 3 }, admin);
  const rows = (await t.ok<{ agentAssignments: Array<{ agentId: string; level: number }> }>(Q, { c: c.id }, admin)).agentAssignments;
  assert.deepEqual(
    rows.map((r) => [r.agentId, r.level]),
    [
      [y.id, 1],
      [x.id, 3],
    ],
  );
  assertError(await t.gql(ASSIGN, { a: x.id, c: c.id, l: 0 }, admin), 'BAD_USER_INPUT', 'level');
  const unassign = 'mutation($a: ID!, $c: ID!) { unassignAgent(agentId: $a, campaignId: $c) }';
  assert.equal((await t.ok<{ unassignAgent: boolean }>(unassign, { a: x.id, c: c.id }, admin)).unassignAgent, true);
  assert.equal((await t.ok<{ unassignAgent: boolean }>(unassign, { a: x.id, c: c.id }, admin)).unassignAgent, false);
  const other = await t.tenant('initech');
  assertError(await t.gql(ASSIGN, { a: x.id, c: c.id, l: 1 }, other.token), 'NOT_FOUND');
});

test('states: agents move themselves, supervisors force, every change is pushed to supervisors', async () => {
  const u = await user('cat@acme.test', 'AGENT');
  const a = await agent('Cat', u.id);
  const sub = nextResults<{ agentStateChanged: { agentId: string; state: string; previous: string; by: string } }>(
    t.ws(admin),
    'subscription($a: ID) { agentStateChanged(agentId: $a) { agentId state previous by } }',
    { a: a.id },
    4,
  );
  await sub.ready;
  assert.equal((await t.ok<{ setMyAgentState: Ag }>(SET_MY, { s: 'AVAILABLE' }, u.token)).setMyAgentState.state, 'AVAILABLE');
  await t.ok(SET_MY, { s: 'AVAILABLE' }, u.token); // same state: accepted, no event
  await t.ok(SET_MY, { s: 'BREAK' }, u.token);
  // Calls belong to the dialer: nobody sets ON_CALL, RESERVED or WRAP_UP by hand.
  for (const s of ['ON_CALL', 'RESERVED', 'WRAP_UP']) assertError(await t.gql(SET_MY, { s }, u.token), 'CONFLICT');
  await t.ok(SET, { id: a.id, s: 'AVAILABLE' }, admin);
  await t.ok(SET, { id: a.id, s: 'LOGGED_OUT' }, admin);
  const got = (await sub.results).map((r) => r.data?.agentStateChanged);
  assert.deepEqual(
    got.map((e) => `${e?.previous}>${e?.state}:${e?.by}`),
    ['LOGGED_OUT>AVAILABLE:AGENT', 'AVAILABLE>BREAK:AGENT', 'BREAK>AVAILABLE:SUPERVISOR', 'AVAILABLE>LOGGED_OUT:SUPERVISOR'],
  );
  // Agents cannot force others nor watch the floor; supervisors and API keys have no own state.
  assertError(await t.gql(SET, { id: a.id, s: 'AVAILABLE' }, u.token), 'FORBIDDEN');
  assertError(await t.gql(SET_MY, { s: 'AVAILABLE' }, admin), 'NOT_FOUND');
  const watch = await nextResults(t.ws(u.token), 'subscription { agentStateChanged { agentId } }', {}, 1).results;
  assert.equal(watch[0]?.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  // A call in progress belongs to the dialer: no forced move, no delete.
  await t.app.orm.em.fork().execute(`update agent set state = 'ON_CALL' where id = ?`, [a.id]);
  assertError(await t.gql(SET, { id: a.id, s: 'LOGGED_OUT' }, admin), 'CONFLICT');
  assertError(await t.gql('mutation($id: ID!) { deleteAgent(id: $id) { id } }', { id: a.id }, admin), 'CONFLICT');
});

test("the board shows the phone's registration and a forced break's cause; a new endpoint is unchecked again", async () => {
  const a = await agent('phone');
  const BOARD = '{ agents { id phoneRegistered phoneCheckedAt breakCause } }';
  const row = async () =>
    (
      await t.ok<{
        agents: Array<{ id: string; phoneRegistered: boolean | null; phoneCheckedAt: string | null; breakCause: string | null }>;
      }>(BOARD, {}, admin)
    ).agents.find((x) => x.id === a.id);
  assert.deepEqual(await row(), { id: a.id, phoneRegistered: null, phoneCheckedAt: null, breakCause: null }, 'not checked yet');
  // As the dialer writes them: the phone checked unregistered, a forced break after offers not taken.
  await t.db.orm.em
    .fork()
    .execute(
      `update agent set phone_registered = false, phone_checked_at = now(), state = 'BREAK', break_cause = 'USER_NOT_REGISTERED' where id = ?`,
      [a.id],
    );
  const shown = await row();
  assert.equal(shown?.phoneRegistered, false);
  assert.ok(shown?.phoneCheckedAt);
  assert.equal(shown?.breakCause, 'USER_NOT_REGISTERED');
  await t.ok(SET, { id: a.id, s: 'AVAILABLE' }, admin);
  assert.equal((await row())?.breakCause, null, 'the cause belongs to that break');
  await t.ok(UPDATE, { id: a.id, i: { endpoint: 'user/7001' } }, admin);
  assert.deepEqual(await row(), { id: a.id, phoneRegistered: null, phoneCheckedAt: null, breakCause: null });
});
