import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

const CREATE = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id name status maxAttempts type } }';

test('create applies defaults and the given settings', async () => {
  const { createCampaign: c } = await t.ok<{
    createCampaign: { id: string; name: string; status: string; maxAttempts: number; type: string };
  }>(CREATE, { i: { name: ' Spring promo ', maxAttempts: 3 } }, token);
  assert.equal(c.name, 'Spring promo');
  assert.equal(c.status, 'CREATED');
  assert.equal(c.maxAttempts, 3);
  assert.equal(c.type, 'VOICE');
});

test('the dial speed defaults to half the concurrency and follows it until someone sets it; no run state before a start', async () => {
  type Speed = { id: string; maxConcurrentCalls: number; callsPerSecond: number; runState: string | null; runStateReason: string | null };
  const fields = 'id maxConcurrentCalls callsPerSecond runState runStateReason';
  const { createCampaign: c } = await t.ok<{ createCampaign: Speed }>(
    `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { ${fields} } }`,
    { i: { name: 'speeds' } },
    token,
  );
  assert.deepEqual(
    { ...c, id: undefined },
    { id: undefined, maxConcurrentCalls: 10, callsPerSecond: 5, runState: null, runStateReason: null },
  );
  const update = async (i: Record<string, unknown>) =>
    (
      await t.ok<{ updateCampaign: Speed }>(
        `mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { ${fields} } }`,
        { id: c.id, i },
        token,
      )
    ).updateCampaign;
  assert.equal((await update({ maxConcurrentCalls: 40 })).callsPerSecond, 20, 'a default speed follows the concurrency');
  assert.equal((await update({ callsPerSecond: 3 })).callsPerSecond, 3);
  assert.equal((await update({ maxConcurrentCalls: 8 })).callsPerSecond, 3, 'a chosen speed stays');
});

test('out-of-range settings are BAD_USER_INPUT naming the field, and nothing is written', async () => {
  const before = await t.ok<{ campaigns: { nodes: unknown[] } }>('{ campaigns(first: 500) { nodes { id } } }', {}, token);
  const r = await t.gql(CREATE, { i: { name: 'x', maxAttempts: 0, callsPerSecond: 5000 } }, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(r.errors![0]!.message, /maxAttempts/);
  assert.match(r.errors![0]!.message, /callsPerSecond/);
  const afterList = await t.ok<{ campaigns: { nodes: unknown[] } }>('{ campaigns(first: 500) { nodes { id } } }', {}, token);
  assert.equal(afterList.campaigns.nodes.length, before.campaigns.nodes.length);
});

test('wrong types are rejected before any resolver runs', async () => {
  const r = await t.gql(CREATE, { i: { name: 'x', maxAttempts: 'five' } }, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.match(r.errors![0]!.message, /maxAttempts/);
});

test('cross-field rule: an AGENT campaign needs a dialing mode', async () => {
  const r = await t.gql(CREATE, { i: { name: 'agents', type: 'AGENT' } }, token);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(r.errors?.[0]?.extensions?.field, 'dialingMode');
});

test('unknown ids are NOT_FOUND', async () => {
  for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
    const r = await t.gql('query($id: ID!) { campaign(id: $id) { id } }', { id }, token);
    assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND', id);
  }
});

test('no credentials is UNAUTHENTICATED; a bad token too', async () => {
  const r1 = await t.gql('{ campaigns { nodes { id } } }');
  assert.equal(r1.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  const r2 = await t.gql('{ campaigns { nodes { id } } }', {}, 'pcs_forged');
  assert.equal(r2.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('list filters and cursor pagination visit every campaign once', async () => {
  const { token: tk } = await t.tenant('pager');
  for (let i = 0; i < 7; i++) await t.ok(CREATE, { i: { name: `c${i}${i % 2 ? ' odd' : ''}` } }, tk);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { campaigns: { nodes: Array<{ name: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } =
      await t.ok(
        'query($a: String) { campaigns(first: 3, after: $a) { nodes { name } pageInfo { endCursor hasNextPage } } }',
        { a: after },
        tk,
      );
    seen.push(...page.campaigns.nodes.map((n) => n.name));
    if (!page.campaigns.pageInfo.hasNextPage) break;
    after = page.campaigns.pageInfo.endCursor;
  }
  assert.deepEqual(seen, ['c6', 'c5 odd', 'c4', 'c3 odd', 'c2', 'c1 odd', 'c0']);
  const odd = await t.ok<{ campaigns: { nodes: unknown[] } }>('{ campaigns(filter: { text: "odd" }) { nodes { id } } }', {}, tk);
  assert.equal(odd.campaigns.nodes.length, 3);
  const running = await t.ok<{ campaigns: { nodes: unknown[] } }>('{ campaigns(filter: { status: [RUNNING] }) { nodes { id } } }', {}, tk);
  assert.equal(running.campaigns.nodes.length, 0);
});

test('clone copies settings into a new CREATED campaign; delete hides it but keeps history', async () => {
  const { createCampaign: c } = await t.ok<{ createCampaign: { id: string } }>(
    CREATE,
    { i: { name: 'orig', retryWaitSeconds: 77, causePolicy: [{ cause: 'USER_BUSY', action: 'FAIL' }] } },
    token,
  );
  const { cloneCampaign: k } = await t.ok<{
    cloneCampaign: {
      id: string;
      name: string;
      retryWaitSeconds: number;
      status: string;
      causePolicy: Array<{ cause: string; action: string }>;
    };
  }>(
    'mutation($id: ID!) { cloneCampaign(id: $id, name: "copy") { id name retryWaitSeconds status causePolicy { cause action } } }',
    { id: c.id },
    token,
  );
  assert.notEqual(k.id, c.id);
  assert.equal(k.retryWaitSeconds, 77);
  assert.deepEqual(k.causePolicy, [{ cause: 'USER_BUSY', action: 'FAIL' }]);
  await t.ok('mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id: c.id }, token);
  const gone = await t.gql('query($id: ID!) { campaign(id: $id) { id } }', { id: c.id }, token);
  assert.equal(gone.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  const history = await t.ok<{ campaignEvents: { nodes: Array<{ action: string; actorLabel: string }> } }>(
    'query($id: ID!) { campaignEvents(campaignId: $id) { nodes { action actorLabel } } }',
    { id: c.id },
    token,
  );
  assert.deepEqual(
    history.campaignEvents.nodes.map((e) => e.action),
    ['CREATE', 'DELETE'],
  );
  assert.equal(history.campaignEvents.nodes[0]!.actorLabel, 'admin@acme.test');
});

test('nested validation errors name the list item the way commands do: causePolicy[1].cause', async () => {
  const r = await t.gql(
    CREATE,
    {
      i: {
        name: 'nested',
        causePolicy: [
          { cause: 'USER_BUSY', action: 'FAIL' },
          { cause: 'bad cause', action: 'RETRY' },
        ],
      },
    },
    token,
  );
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(r.errors?.[0]?.extensions?.field, 'causePolicy[1].cause');
});

test('sendRecipientFields: on by default, turned off at create, on again by update, copied by clone', async () => {
  const FIELDS = 'id sendRecipientFields';
  const { createCampaign: on } = await t.ok<{ createCampaign: { id: string; sendRecipientFields: boolean } }>(
    `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { ${FIELDS} } }`,
    { i: { name: 'fields default' } },
    token,
  );
  assert.equal(on.sendRecipientFields, true);
  const { createCampaign: off } = await t.ok<{ createCampaign: { id: string; sendRecipientFields: boolean } }>(
    `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { ${FIELDS} } }`,
    { i: { name: 'fields off', sendRecipientFields: false } },
    token,
  );
  assert.equal(off.sendRecipientFields, false);
  const { cloneCampaign: copy } = await t.ok<{ cloneCampaign: { sendRecipientFields: boolean } }>(
    `mutation($id: ID!) { cloneCampaign(id: $id, name: "fields copy") { ${FIELDS} } }`,
    { id: off.id },
    token,
  );
  assert.equal(copy.sendRecipientFields, false);
  const { updateCampaign: back } = await t.ok<{ updateCampaign: { sendRecipientFields: boolean } }>(
    `mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { ${FIELDS} } }`,
    { id: off.id, i: { sendRecipientFields: true } },
    token,
  );
  assert.equal(back.sendRecipientFields, true);
});
