import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SwitchError } from '../port';
import { callCommands } from './call-commands';

const ID = '3f1c2d4e-0000-4000-8000-000000000001';
const rejected = (e: unknown) => e instanceof SwitchError && e.code === 'REJECTED';

describe('call command lines: the adapter refuses user texts that would add arguments, legs or applications', () => {
  it('agent endpoints: one bare dial string inside the inline bridge', () => {
    assert.equal(
      callCommands.bridgeEndpoint(ID, 'user/1001@default'),
      `uuid_transfer ${ID} set:continue_on_fail=true,set:hangup_after_bridge=true,bridge:user/1001@default,park inline`,
    );
    // The agent's call timeout rides on the agent leg; a failed bridge leaves the customer parked.
    assert.equal(
      callCommands.bridgeEndpoint(ID, 'user/1001@default', 10),
      `uuid_transfer ${ID} set:continue_on_fail=true,set:hangup_after_bridge=true,bridge:{leg_timeout=10}user/1001@default,park inline`,
    );
    // A known uuid for the agent leg (so Pacer can cancel it alone); checked like any call id.
    assert.equal(
      callCommands.bridgeEndpoint(ID, 'user/1001@default', 1, ID),
      `uuid_transfer ${ID} set:continue_on_fail=true,set:hangup_after_bridge=true,bridge:{leg_timeout=1}[origination_uuid=${ID}]user/1001@default,park inline`,
    );
    assert.throws(() => callCommands.bridgeEndpoint(ID, 'user/1001', 1, 'x,leg_timeout=99'), rejected);
    for (const endpoint of ['user/1001,system:x', '{api_on_answer=x}user/1001', 'user/1001 inline', 'user/${x}', '[a=b]user/1']) {
      assert.throws(() => callCommands.bridgeEndpoint(ID, endpoint), rejected, endpoint);
    }
  });

  it('transfer extensions and contexts: one argument, never an option like -both', () => {
    assert.equal(callCommands.transferExtension(ID, '1001', 'default'), `uuid_transfer ${ID} 1001 XML default`);
    for (const ext of ['-both', '1001 XML other', '1001,hangup', '${x}']) {
      assert.throws(() => callCommands.transferExtension(ID, ext, 'default'), rejected, ext);
    }
    assert.throws(() => callCommands.transferExtension(ID, '1001', 'a b'), rejected);
  });

  it('queues: one argument for callcenter_config and the inline dialplan', () => {
    assert.equal(callCommands.transferQueue(ID, 'sales@default'), `uuid_transfer ${ID} callcenter:sales@default inline`);
    for (const q of ['sales default', 'a,system:x', 'q{x}']) assert.throws(() => callCommands.transferQueue(ID, q), rejected, q);
  });

  it('broadcast: no spaces and no braces, so no ${api(…)} expansion when the application runs', () => {
    assert.equal(callCommands.broadcast(ID, 'msg.wav'), `uuid_broadcast ${ID} playback::msg.wav aleg`);
    for (const p of ['${system(id)}', 'a b.wav', '{loops=9}x.wav']) assert.throws(() => callCommands.broadcast(ID, p), rejected, p);
  });
});
