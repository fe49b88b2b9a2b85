import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SwitchHarness } from '../testing/harness';
import { Simulator } from './simulator';

let h: SwitchHarness;
before(async () => {
  h = await SwitchHarness.start();
});
after(async () => {
  await h?.close();
});

test('the simulator keeps a table of registered phones: sofia_contact answers a contact or error/user_not_registered', async () => {
  const registered = (e: string) => h.adapter.endpointRegistered(e);
  assert.equal(await registered('user/1001'), false, 'the test switch has no phones until a test registers them');
  h.sim.setAgent('1001', { kind: 'answer', afterSec: 1 });
  assert.equal(await registered('user/1001'), true);
  assert.equal(await registered('user/1001@127.0.0.1'), true);
  assert.equal(await registered('user/1099'), false);
  assert.equal(await registered('loopback/5000/default/XML'), true);
  h.sim.removeAgent('1001');
  assert.equal(await registered('user/1001'), false, 'unregistered again');
});

test('the built-in switch registers the demo phones user/1001..user/1010, and no others', async () => {
  const sim = new Simulator({ demoAgents: true });
  await sim.listen(0);
  const demo = await SwitchHarness.attach(sim);
  try {
    for (let ext = 1001; ext <= 1010; ext++) assert.equal(await demo.adapter.endpointRegistered(`user/${ext}`), true, `user/${ext}`);
    assert.equal(await demo.adapter.endpointRegistered('user/1011'), false);
    assert.equal(await demo.adapter.endpointRegistered('user/1099'), false);
  } finally {
    await demo.close();
  }
});
