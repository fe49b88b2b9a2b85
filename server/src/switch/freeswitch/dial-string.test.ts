import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOriginateArgs } from '../simulator/originate-args';
import { originateArgs } from './dial-string';

describe('originate argument building (adapter) and parsing (simulator)', () => {
  it('puts our UUID, caller ID, timeout and variables in the {vars} prefix', () => {
    const arg = originateArgs({
      callId: 'c-1',
      number: '+15550100',
      dialString: 'sofia/gateway/gw1/{number}',
      ringTimeoutSec: 25,
      callerIdNumber: '+15559999',
      callerIdName: "O'Brien, Ltd",
      variables: { campaign_id: 'k1,k2' },
      detectMachine: true,
    });
    assert.match(arg, /^\{origination_uuid=c-1,originate_timeout=25,/);
    assert.match(arg, /\}sofia\/gateway\/gw1\/\+15550100 &park\(\)$/);
    const parsed = parseOriginateArgs(arg);
    assert.equal(parsed.vars.get('origination_uuid'), 'c-1');
    assert.equal(parsed.vars.get('origination_caller_id_name'), "O'Brien, Ltd");
    assert.equal(parsed.vars.get('campaign_id'), 'k1,k2');
    assert.equal(parsed.vars.get('execute_on_answer'), 'amd');
    assert.equal(parsed.endpoint, 'sofia/gateway/gw1/+15550100');
    assert.equal(parsed.destination, '&park()');
  });

  it('fills loopback templates and custom applications', () => {
    const arg = originateArgs({
      callId: 'c',
      number: '42',
      dialString: 'loopback/{number}/default',
      ringTimeoutSec: 5,
      application: 'socket(127.0.0.1:8084 async full)',
    });
    assert.match(arg, /\}loopback\/42\/default &socket\(127\.0\.0\.1:8084 async full\)$/);
  });

  it('refuses numbers and templates that would inject into the command line', () => {
    for (const number of ['1 2', '1\n\nauth x', '1}x', '{a=b}1']) {
      assert.throws(() => originateArgs({ callId: 'c', number, dialString: 'null/{number}', ringTimeoutSec: 5 }), /must not contain/);
    }
    assert.throws(
      () => originateArgs({ callId: 'c', number: '1', dialString: 'null/{number}', ringTimeoutSec: 5, variables: { 'a=b': 'x' } }),
      /bad channel variable/,
    );
  });

  it('parses FreeSWITCH escapes and quotes in {vars}', () => {
    const p = parseOriginateArgs("{a=1\\,2,b='x,y',c=}user/1001@default");
    assert.equal(p.vars.get('a'), '1,2');
    assert.equal(p.vars.get('b'), 'x,y');
    assert.equal(p.endpoint, 'user/1001@default');
    assert.throws(() => parseOriginateArgs('{a=1 user/1'), /unterminated/);
  });
});
