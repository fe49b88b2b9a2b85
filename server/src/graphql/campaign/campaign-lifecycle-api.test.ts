import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CampaignStatus as S } from '../../domain/campaign/campaign-status';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('life'));
});
after(async () => {
  await t.stop();
});

// The product.md diagram, written out from the API's point of view (independent of the
// domain table): mutation -> { from: to }.
const future = () => new Date(Date.now() + 3600_000).toISOString();
const MOVES: Record<string, { mutation: string; vars?: () => Record<string, unknown>; allowed: Partial<Record<S, S>> }> = {
  startNow: { mutation: 'startCampaign(id: $id)', allowed: { [S.CREATED]: S.RUNNING } },
  startAt: {
    mutation: 'startCampaign(id: $id, at: $at)',
    vars: () => ({ at: future() }),
    allowed: { [S.CREATED]: S.SCHEDULED, [S.SCHEDULED]: S.SCHEDULED },
  },
  pause: { mutation: 'pauseCampaign(id: $id)', allowed: { [S.RUNNING]: S.PAUSED } },
  resume: { mutation: 'resumeCampaign(id: $id)', allowed: { [S.PAUSED]: S.RUNNING } },
  cancel: {
    mutation: 'cancelCampaign(id: $id)',
    allowed: { [S.SCHEDULED]: S.CANCELLED, [S.RUNNING]: S.CANCELLED, [S.PAUSED]: S.CANCELLED },
  },
  restart: { mutation: 'restartCampaign(id: $id)', allowed: { [S.CANCELLED]: S.RUNNING } },
  terminate: {
    mutation: 'terminateCampaign(id: $id)',
    allowed: { [S.INCOMPLETE]: S.TERMINATED, [S.COMPLETED]: S.TERMINATED, [S.CANCELLED]: S.TERMINATED },
  },
};

/** A campaign that could dial (a message to play, one recipient) put straight into `status`. */
async function campaignIn(status: S): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "lc", broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
    {},
    token,
  );
  await t.ok(
    'mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ communications: [{ number: "2125550190" }] }]) { added } }',
    { c: r.createCampaign.id },
    token,
  );
  await t.app.orm.em.getConnection().execute('update campaign set status = ? where id = ?', [status, r.createCampaign.id]);
  return r.createCampaign.id;
}

async function snapshot(id: string): Promise<{ status: string; events: number; updated: string }> {
  const conn = t.app.orm.em.getConnection();
  const [c] = await conn.execute<Array<{ status: string; updated_at: string }>>(
    'select status, updated_at::text as updated_at from campaign where id = ?',
    [id],
  );
  const [e] = await conn.execute<Array<{ n: string }>>('select count(*) as n from campaign_event where campaign_id = ?', [id]);
  return { status: c!.status, events: Number(e!.n), updated: c!.updated_at };
}

for (const [name, move] of Object.entries(MOVES)) {
  test(`${name}: allowed from exactly its states, CONFLICT and nothing written from every other`, async () => {
    for (const from of Object.values(S)) {
      const id = await campaignIn(from);
      const before = await snapshot(id);
      const r = await t.gql<Record<string, { status: string }>>(
        `mutation($id: ID!${move.vars ? ', $at: DateTimeISO' : ''}) { m: ${move.mutation} { status } }`,
        { id, ...(move.vars?.() ?? {}) },
        token,
      );
      const to = move.allowed[from];
      const after = await snapshot(id);
      if (to) {
        assert.equal(r.errors, undefined, `${from} --${name}--> should be allowed: ${JSON.stringify(r.errors)}`);
        assert.equal(r.data!.m!.status, to);
        assert.equal(after.status, to);
        assert.equal(after.events, before.events + 1, 'one history line per move');
      } else {
        assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT', `${from} --${name}--> must be refused`);
        assert.match(r.errors![0]!.message, new RegExp(`it is ${from}`));
        assert.deepEqual(after, before, 'a refused move writes nothing');
      }
    }
  });
}

test('scheduling needs a future time; both at and delay is refused', async () => {
  const id = await campaignIn(S.CREATED);
  const past = await t.gql('mutation($id: ID!) { startCampaign(id: $id, at: "2020-01-01T00:00:00Z") { status } }', { id }, token);
  assert.equal(past.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(past.errors?.[0]?.extensions?.field, 'at');
  const both = await t.gql(
    'mutation($id: ID!, $at: DateTimeISO) { startCampaign(id: $id, at: $at, delaySeconds: 60) { status } }',
    { id, at: future() },
    token,
  );
  assert.equal(both.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const delayed = await t.ok<{ startCampaign: { status: string; scheduledAt: string } }>(
    'mutation($id: ID!) { startCampaign(id: $id, delaySeconds: 120) { status scheduledAt } }',
    { id },
    token,
  );
  assert.equal(delayed.startCampaign.status, 'SCHEDULED');
  const ms = new Date(delayed.startCampaign.scheduledAt).getTime() - Date.now();
  assert.ok(ms > 100_000 && ms <= 120_000, `scheduled ${ms} ms ahead`);
});

test('a running campaign cannot be edited or deleted; templates cannot start', async () => {
  const id = await campaignIn(S.RUNNING);
  const upd = await t.gql('mutation($id: ID!) { updateCampaign(id: $id, input: { priority: 3 }) { id } }', { id }, token);
  assert.equal(upd.errors?.[0]?.extensions?.code, 'CONFLICT');
  const del = await t.gql('mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id }, token);
  assert.equal(del.errors?.[0]?.extensions?.code, 'CONFLICT');
  const tpl = await t.ok<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "tpl", isTemplate: true }) { id } }',
    {},
    token,
  );
  const start = await t.gql('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: tpl.createCampaign.id }, token);
  assert.equal(start.errors?.[0]?.extensions?.code, 'CONFLICT');
  const fromTpl = await t.ok<{ cloneCampaign: { isTemplate: boolean; status: string } }>(
    'mutation($id: ID!) { cloneCampaign(id: $id) { isTemplate status } }',
    { id: tpl.createCampaign.id },
    token,
  );
  assert.deepEqual(fromTpl.cloneCampaign, { isTemplate: false, status: 'CREATED' });
});

test('each start stores the configuration as it was', async () => {
  const id = await campaignIn(S.CREATED);
  await t.ok('mutation($id: ID!) { updateCampaign(id: $id, input: { maxAttempts: 7 }) { id } }', { id }, token);
  await t.ok('mutation($id: ID!) { startCampaign(id: $id) { id } }', { id }, token);
  await t.ok('mutation($id: ID!) { cancelCampaign(id: $id) { id } }', { id }, token);
  await t.ok('mutation($id: ID!) { updateCampaign(id: $id, input: { maxAttempts: 2 }) { id } }', { id }, token);
  await t.ok('mutation($id: ID!) { restartCampaign(id: $id) { id } }', { id }, token);
  const ev = await t.ok<{
    campaignEvents: {
      nodes: Array<{ action: string; fromStatus: string | null; toStatus: string | null; configSnapshot: { maxAttempts: number } | null }>;
    };
  }>('query($id: ID!) { campaignEvents(campaignId: $id) { nodes { action fromStatus toStatus configSnapshot } } }', { id }, token);
  const starts = ev.campaignEvents.nodes.filter((e) => e.configSnapshot);
  assert.deepEqual(
    starts.map((e) => [e.action, e.configSnapshot!.maxAttempts]),
    [
      ['START', 7],
      ['RESTART', 2],
    ],
  );
  assert.deepEqual(
    ev.campaignEvents.nodes.map((e) => e.action),
    ['CREATE', 'RECIPIENTS_ADDED', 'UPDATE', 'START', 'CANCEL', 'UPDATE', 'RESTART'],
  );
});

test('a campaign that would do nothing useful, or has nobody to call, cannot start: CONFLICT naming what is missing', async () => {
  const create = async (input: string) =>
    (await t.ok<{ createCampaign: { id: string } }>(`mutation { createCampaign(input: { ${input} }) { id } }`, {}, token)).createCampaign
      .id;
  const add = (c: string) =>
    t.ok(
      'mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ communications: [{ number: "2125550191" }] }]) { added } }',
      { c },
      token,
    );
  const start = (id: string) =>
    t.gql<{ startCampaign: { status: string } }>('mutation($id: ID!) { startCampaign(id: $id) { status } }', { id }, token);
  const refused = async (id: string, missing: string[], text: RegExp) => {
    const before = await snapshot(id);
    const r = await start(id);
    assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(r.errors));
    assert.deepEqual(r.errors?.[0]?.extensions?.missing, missing);
    assert.match(r.errors![0]!.message, text);
    assert.deepEqual(await snapshot(id), before, 'a refused start writes nothing');
  };

  // VOICE with no actions and no destination: it would answer and hang up at once.
  const voice = await create('name: "silent"');
  // Said before start, as the console shows it.
  const problems = await t.ok<{ campaign: { startProblems: string[] } }>(
    'query($id: ID!) { campaign(id: $id) { startProblems } }',
    { id: voice },
    token,
  );
  assert.equal(problems.campaign.startProblems.length, 2);
  assert.match(problems.campaign.startProblems[0] ?? '', /no broadcast actions and no destination/);
  await refused(voice, ['NO_ACTIONS_OR_DESTINATION', 'NO_RECIPIENTS'], /no broadcast actions and no destination.*no recipients/);
  await add(voice);
  await refused(voice, ['NO_ACTIONS_OR_DESTINATION'], /add a message to play or a destination/);
  // A destination alone is enough (the call goes there).
  await t.ok(
    'mutation($id: ID!) { updateCampaign(id: $id, input: { destination: { kind: EXTENSION, target: "5000" } }) { id } }',
    { id: voice },
    token,
  );
  const ready = await t.ok<{ campaign: { startProblems: string[] } }>(
    'query($id: ID!) { campaign(id: $id) { startProblems } }',
    { id: voice },
    token,
  );
  assert.deepEqual(ready.campaign.startProblems, []);
  assert.equal((await start(voice)).data?.startCampaign.status, 'RUNNING');

  // An empty campaign with a message: nobody to call.
  const empty = await create('name: "empty", broadcastActions: [{ kind: PLAY, file: "hello.wav" }]');
  await refused(empty, ['NO_RECIPIENTS'], /no recipients/);

  // AGENT with no agent assigned: every answered customer would be dropped.
  const agents = await create('name: "agents", type: AGENT, dialingMode: PROGRESSIVE');
  await add(agents);
  await refused(agents, ['NO_AGENTS'], /no agent is assigned/);
  const agent = await t.ok<{ createAgent: { id: string } }>(
    'mutation { createAgent(input: { name: "Ann", endpoint: "user/1001" }) { id } }',
    {},
    token,
  );
  await t.ok(
    'mutation($a: ID!, $c: ID!) { assignAgent(agentId: $a, campaignId: $c) { level } }',
    { a: agent.createAgent.id, c: agents },
    token,
  );
  assert.equal((await start(agents)).data?.startCampaign.status, 'RUNNING');
});
