import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type GqlResult, type TestApp } from '../test/test-app';
import { DANGEROUS_CHANNEL_VARIABLES } from '../domain/telephony/channel-variables.fixtures';
import { Campaign } from '../entities/campaign.entity';

/**
 * Issue 16, items 4 and 5: what reaches the switch or the database is checked at the API edge,
 * refused as BAD_USER_INPUT naming the field, and a refused request writes nothing.
 */

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('edge'));
});
after(async () => {
  await t.stop();
});

const CREATE = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id name } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateCampaignInput!) { updateCampaign(id: $id, input: $i) { id } }';
const CAMPAIGN = 'query($id: ID!) { campaign(id: $id) { name defaultRegion callerIdName channelVariables { key value } } }';

/** The refusal carries BAD_USER_INPUT and names `field` (among all the fields at fault). */
function refused(r: GqlResult<unknown>, field: string, why?: RegExp): void {
  const e = r.errors?.[0];
  assert.equal(e?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(r.errors));
  const fields = ((e?.extensions?.fields as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
  assert.ok(e?.extensions?.field === field || fields.includes(field), `${field} not named in ${JSON.stringify(e)}`);
  if (why) assert.match(e?.message ?? '', why);
}

async function campaignCount(): Promise<number> {
  const r = await t.ok<{ campaigns: { nodes: unknown[] } }>('{ campaigns(first: 500) { nodes { id } } }', {}, token);
  return r.campaigns.nodes.length;
}

async function newCampaign(extra: Record<string, unknown> = {}): Promise<string> {
  const r = await t.ok<{ createCampaign: { id: string } }>(CREATE, { i: { name: 'base', ...extra } }, token);
  return r.createCampaign.id;
}

describe('channel variables', () => {
  it('each name FreeSWITCH would run, or Pacer sets, is refused at create, naming its entry; nothing is written', async () => {
    const count = await campaignCount();
    const channelVariables = DANGEROUS_CHANNEL_VARIABLES.map((key) => ({ key, value: 'system:touch /tmp/pwned' }));
    const r = await t.gql(CREATE, { i: { name: 'evil', channelVariables } }, token);
    DANGEROUS_CHANNEL_VARIABLES.forEach((name, i) => refused(r, `channelVariables[${i}].key`));
    assert.match(r.errors?.[0]?.message ?? '', /execute_on_answer is not allowed \(\*execute_on_\*\): FreeSWITCH runs its value/);
    assert.equal(await campaignCount(), count);
  });

  it('each is refused one by one at update too, and the stored variables stay as they were', async () => {
    const id = await newCampaign({ channelVariables: [{ key: 'campaign_tag', value: 'spring' }] });
    for (const key of DANGEROUS_CHANNEL_VARIABLES) {
      const r = await t.gql(UPDATE, { id, i: { name: 'renamed', channelVariables: [{ key, value: 'x' }] } }, token);
      refused(r, 'channelVariables[0].key', new RegExp(`${key} is not allowed`));
    }
    const c = await t.ok<{ campaign: { name: string; channelVariables: unknown[] } }>(CAMPAIGN, { id }, token);
    assert.equal(c.campaign.name, 'base');
    assert.deepEqual(c.campaign.channelVariables, [{ key: 'campaign_tag', value: 'spring' }]);
  });

  it('keys are identifiers and values one line without braces', async () => {
    for (const [key, value, field] of [
      ['a}b,c=d', 'x', 'channelVariables[0].key'],
      ['  ', 'x', 'channelVariables[0].key'],
      ['1st', 'x', 'channelVariables[0].key'],
      ['ok', 'x}sofia/gateway/evil/1', 'channelVariables[0].value'],
      ['ok', '${system(id)}', 'channelVariables[0].value'],
      ['ok', 'two\nlines', 'channelVariables[0].value'],
    ]) {
      refused(await t.gql(CREATE, { i: { name: 'v', channelVariables: [{ key, value }] } }, token), field!);
    }
    const id = await newCampaign({ channelVariables: [{ key: 'sip_h_X_Campaign', value: "O'Brien, Ltd" }] });
    const c = await t.ok<{ campaign: { channelVariables: unknown[] } }>(CAMPAIGN, { id }, token);
    assert.deepEqual(c.campaign.channelVariables, [{ key: 'sip_h_X_Campaign', value: "O'Brien, Ltd" }]);
  });
});

describe('other texts that reach the switch', () => {
  it('campaign: caller ID, queue, destination and broadcast actions', async () => {
    const count = await campaignCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ callerIdName: 'x}sofia/gateway/evil/1' }, 'callerIdName'],
      [{ callerIdName: 'two\nlines' }, 'callerIdName'],
      [{ callerIdNumber: '1,2' }, 'callerIdNumber'],
      [{ queueName: 'sales default' }, 'queueName'],
      [{ queueName: 'a,system:x' }, 'queueName'],
      [{ destination: { kind: 'EXTENSION', target: '-both' } }, 'destination.target'],
      [{ destination: { kind: 'IVR', target: '1001 XML other' } }, 'destination.target'],
      // A waiting limit is a queue's only, and at least 1.
      [{ destination: { kind: 'EXTENSION', target: '5000', maxWaiting: 3 } }, 'destination.maxWaiting'],
      [{ destination: { kind: 'QUEUE', target: 'sales', maxWaiting: 0 } }, 'destination.maxWaiting'],
      [{ broadcastActions: [{ kind: 'PLAY', file: 'system::/tmp/x.sh' }] }, 'broadcastActions[0].file'],
      [{ broadcastActions: [{ kind: 'PLAY', file: '${system(id)}' }] }, 'broadcastActions[0].file'],
      [{ broadcastActions: [{ kind: 'TRANSFER', extension: '1001,hangup' }] }, 'broadcastActions[0].extension'],
    ];
    for (const [input, field] of cases) refused(await t.gql(CREATE, { i: { name: 'sw', ...input } }, token), field);
    assert.equal(await campaignCount(), count);
  });

  it("a QUEUE destination's waiting limit is kept and shown", async () => {
    const r = await t.ok<{ createCampaign: { destination: unknown } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { destination { kind target maxWaiting } } }',
      { i: { name: 'qfull', destination: { kind: 'QUEUE', target: 'sales', maxWaiting: 4 } } },
      token,
    );
    assert.deepEqual(r.createCampaign.destination, { kind: 'QUEUE', target: 'sales', maxWaiting: 4 });
  });

  it('gateway dial strings are one endpoint with {number} and nothing that adds legs or variables', async () => {
    const G = 'mutation($i: CreateGatewayInput!) { createGateway(input: $i) { id name dialString } }';
    for (const dialString of [
      'sofia/gateway/gw1/{number},loopback/1',
      '[execute_on_answer=x]sofia/gateway/gw1/{number}',
      'sofia/gateway/gw1/{number}:_:loopback/1',
      'sofia/gateway/gw1/{number}|user/1',
      '${system(id)}/{number}',
      'sofia/gateway/gw1/1001',
    ]) {
      refused(await t.gql(G, { i: { name: 'gw', dialString } }, token), 'dialString');
    }
    const ok = await t.ok<{ createGateway: { name: string; dialString: string } }>(
      G,
      { i: { name: '  trunk  ', dialString: 'sofia/gateway/gw1/{number}' } },
      token,
    );
    assert.deepEqual(ok.createGateway, { ...ok.createGateway, name: 'trunk', dialString: 'sofia/gateway/gw1/{number}' });
    const list = await t.ok<{ gateways: unknown[] }>('{ gateways { id } }', {}, token);
    assert.equal(list.gateways.length, 1);
  });

  it('agent endpoints are one bare dial string', async () => {
    const A = 'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }';
    for (const endpoint of ['user/1001,system:x', '{api_on_answer=x}user/1001', 'user/1001 inline', 'user/${x}']) {
      refused(await t.gql(A, { i: { name: 'a', endpoint } }, token), 'endpoint');
    }
  });

  it('an internal number kept as given must be dialable as one value', async () => {
    const { token: tk } = await t.tenant('loose-pattern');
    await t.ok('mutation { updateSettings(input: { internalNumberPattern: "^x" }) { internalNumberPattern } }', {}, tk);
    const c = await t.ok<{ createCampaign: { id: string } }>(CREATE, { i: { name: 'p' } }, tk);
    const r = await t.gql(
      'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }',
      { c: c.createCampaign.id, r: [{ communications: [{ number: 'x1,[api_on_answer=system:x]loopback/2' }] }] },
      tk,
    );
    refused(r, 'recipients[0].communications[0].number');
  });
});

describe('validation at the edge', () => {
  it('names are trimmed and must not be blank, for every kind of object', async () => {
    const blank = ' \t ';
    refused(await t.gql(CREATE, { i: { name: blank } }, token), 'name');
    const mutations: Array<[string, Record<string, unknown>]> = [
      ['mutation($i: CreateGatewayInput!) { createGateway(input: $i) { id } }', { dialString: 'sofia/gateway/gw1/{number}' }],
      ['mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }', { endpoint: 'user/1001' }],
      ['mutation($i: RecipientListInput!) { createRecipientList(input: $i) { id } }', {}],
      ['mutation($i: CreateCalendarInput!) { createCalendar(input: $i) { id } }', { timeZone: 'Europe/Berlin' }],
      ['mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }', { scopes: ['READ'] }],
    ];
    for (const [m, rest] of mutations) refused(await t.gql(m, { i: { name: blank, ...rest } }, token), 'name');
    const id = await newCampaign();
    refused(await t.gql(UPDATE, { id, i: { name: '   ' } }, token), 'name');
    const c = await t.ok<{ createCampaign: { name: string } }>(CREATE, { i: { name: '  Spring  ' } }, token);
    assert.equal(c.createCampaign.name, 'Spring');
  });

  it('regions must be ones libphonenumber supports: campaign, list and tenant settings', async () => {
    const count = await campaignCount();
    for (const region of ['ZZ', 'us', 'USA', '']) {
      refused(await t.gql(CREATE, { i: { name: 'r', defaultRegion: region } }, token), 'defaultRegion');
    }
    assert.equal(await campaignCount(), count);
    refused(await t.gql('mutation { createRecipientList(input: { name: "l", defaultRegion: "ZZ" }) { id } }', {}, token), 'defaultRegion');
    refused(await t.gql('mutation { updateSettings(input: { defaultRegion: "ZZ" }) { defaultRegion } }', {}, token), 'defaultRegion');
    const id = await newCampaign({ defaultRegion: 'DE' });
    const c = await t.ok<{ campaign: { defaultRegion: string } }>(CAMPAIGN, { id }, token);
    assert.equal(c.campaign.defaultRegion, 'DE');
  });

  it('the internal-number pattern runs on RE2: backtracking-only syntax is refused, ^(a+)+$ cannot stall', async () => {
    const SET =
      'mutation($p: String!) { updateSettings(input: { internalNumberPattern: $p, maxTotalCalls: 7 }) { internalNumberPattern maxTotalCalls } }';
    const GET = '{ settings { internalNumberPattern maxTotalCalls } }';
    const { token: tk } = await t.tenant('regex');
    const before = await t.ok<{ settings: unknown }>(GET, {}, tk);
    for (const p of ['^(\\d)\\1$', '^(?=1)\\d+$', '[', '']) refused(await t.gql(SET, { p }, tk), 'internalNumberPattern');
    assert.deepEqual(await t.ok<{ settings: unknown }>(GET, {}, tk), before);

    await t.ok(SET, { p: '^(a+)+$' }, tk);
    const c = await t.ok<{ createCampaign: { id: string } }>(CREATE, { i: { name: 'redos' } }, tk);
    // Classifying this number backtracks 2^38 times on JavaScript's RegExp; RE2 answers at once,
    // and the number (not internal, not a phone number) is refused as such.
    const r = await t.gql(
      'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }',
      { c: c.createCampaign.id, r: [{ communications: [{ number: `${'a'.repeat(38)}!` }] }] },
      tk,
    );
    refused(r, 'recipients[0].communications[0].number', /not a valid phone number/);
  });

  it('a NUL byte (or another control character) anywhere is BAD_USER_INPUT naming the field, not a masked 500', async () => {
    const count = await campaignCount();
    refused(await t.gql(CREATE, { i: { name: 'ok', description: 'a\u0000b' } }, token), 'description');
    refused(await t.gql(CREATE, { i: { name: 'a\u0000b' } }, token), 'name');
    assert.equal(await campaignCount(), count);
    const id = await newCampaign();
    refused(
      await t.gql('mutation($id: ID!, $n: String) { cloneCampaign(id: $id, name: $n) { id } }', { id, n: 'copy\u0000' }, token),
      'name',
    );
    refused(
      await t.gql('mutation($id: ID!, $n: String) { cloneCampaign(id: $id, name: $n) { id } }', { id, n: 'x'.repeat(201) }, token),
      'name',
    );
    refused(
      await t.gql(
        'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }',
        { c: id, r: [{ communications: [{ number: '+12125550101' }], variables: { note: 'x\u0000' } }] },
        token,
      ),
      'recipients[0].variables.note',
    );
    // Multi-line texts keep their line breaks.
    await t.ok(CREATE, { i: { name: 'multi', description: 'line one\nline two\ttabbed' } }, token);
  });

  it('a variable stored before these rules blocks the start (naming it), instead of failing every call', async () => {
    const id = await newCampaign();
    const em = t.app.orm.em.fork();
    await em.nativeUpdate(Campaign, { id }, { channelVariables: { tag: 'ok', api_on_answer: 'system:id' } });
    const r = await t.gql('mutation($id: ID!) { startCampaign(id: $id) { status } }', { id }, token);
    refused(r, 'channelVariables[1]', /api_on_answer/);
    const c = await t.ok<{ campaign: { status: string } }>('query($id: ID!) { campaign(id: $id) { status } }', { id }, token);
    assert.equal(c.campaign.status, 'CREATED');
  });

  it('a refused update writes nothing, even with valid fields beside the bad one', async () => {
    const id = await newCampaign({ callerIdName: 'Acme', defaultRegion: 'US' });
    const r = await t.gql(
      UPDATE,
      { id, i: { name: 'changed', callerIdName: 'Other', defaultRegion: 'ZZ', channelVariables: [{ key: 'ok', value: 'v' }] } },
      token,
    );
    refused(r, 'defaultRegion');
    const c = await t.ok<{ campaign: unknown }>(CAMPAIGN, { id }, token);
    assert.deepEqual(c.campaign, { name: 'base', defaultRegion: 'US', callerIdName: 'Acme', channelVariables: [] });
  });
});
