import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Issue 18 item 4: the safe-harbor / information message is a campaign setting, checked like any sound path. */
let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('abandon-msg'));
});
after(async () => {
  await t.stop();
});

interface Read {
  id: string;
  abandonMessage: string | null;
}

test('set, read back, cloned, cleared back to the shipped message', async () => {
  const made = await t.ok<{ createCampaign: Read }>(
    'mutation { createCampaign(input: { name: "am", type: AGENT, dialingMode: PREDICTIVE, abandonMessage: "acme/safe-harbor.wav" }) { id abandonMessage } }',
    {},
    token,
  );
  assert.equal(made.createCampaign.abandonMessage, 'acme/safe-harbor.wav');
  const clone = await t.ok<{ cloneCampaign: Read }>(
    'mutation($id: ID!) { cloneCampaign(id: $id, name: "am2") { id abandonMessage } }',
    { id: made.createCampaign.id },
    token,
  );
  assert.equal(clone.cloneCampaign.abandonMessage, 'acme/safe-harbor.wav');
  const cleared = await t.ok<{ updateCampaign: Read }>(
    'mutation($id: ID!) { updateCampaign(id: $id, input: { abandonMessage: null }) { id abandonMessage } }',
    { id: made.createCampaign.id },
    token,
  );
  assert.equal(cleared.updateCampaign.abandonMessage, null);
});

test('a path the switch would misread is refused (BAD_USER_INPUT) and nothing is written', async () => {
  for (const bad of ['playback::evil.wav', 'a b.wav', 'x,y.wav', '${x}.wav']) {
    const r = await t.gql(
      'mutation($m: String) { createCampaign(input: { name: "bad", type: AGENT, dialingMode: PREDICTIVE, abandonMessage: $m }) { id } }',
      { m: bad },
      token,
    );
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', bad);
  }
  const list = await t.ok<{ campaigns: { nodes: Array<{ name: string }> } }>('{ campaigns { nodes { name } } }', {}, token);
  assert.ok(!list.campaigns.nodes.some((c) => c.name === 'bad'));
});
