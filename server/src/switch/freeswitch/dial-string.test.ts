import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOriginateArgs } from '../simulator/originate-args';
import { DANGEROUS_CHANNEL_VARIABLES } from '../../domain/telephony/channel-variables.fixtures';
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
    assert.match(arg, /\}sofia\/gateway\/gw1\/\+15550100 amd,park inline$/);
    const parsed = parseOriginateArgs(arg);
    assert.equal(parsed.vars.get('origination_uuid'), 'c-1');
    assert.equal(parsed.vars.get('origination_caller_id_name'), "O'Brien, Ltd");
    assert.equal(parsed.vars.get('campaign_id'), 'k1,k2');
    assert.equal(parsed.vars.get('execute_on_answer'), undefined, 'detectors run inline, not on answer');
    assert.equal(parsed.endpoint, 'sofia/gateway/gw1/+15550100');
    assert.equal(parsed.destination, 'amd,park inline');
  });

  it('runs the detectors the switch has on answer, inline before park, and none it lacks', () => {
    const base = { callId: 'c', number: '42', dialString: 'loopback/{number}/pacer-amd/XML', ringTimeoutSec: 5, detectMachine: true };
    assert.match(originateArgs(base, ['amd', 'avmd']), / avmd_start,amd,park inline$/);
    assert.match(originateArgs(base, ['avmd']), / avmd_start,park inline$/);
    assert.match(originateArgs(base, []), / &park\(\)$/);
    assert.match(originateArgs({ ...base, detectMachine: false }, ['amd', 'avmd']), / &park\(\)$/);
    assert.throws(() => originateArgs({ ...base, application: 'echo' }, ['amd']), /before park only/);
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
    const base = { callId: 'c', number: '1', dialString: 'null/{number}', ringTimeoutSec: 5 };
    for (const number of ['1 2', '1\n\nauth x', '1}x', '{a=b}1', '1,[api_on_answer=system:x]loopback/2', '1|2', '1:_:2', '1@evil']) {
      assert.throws(() => originateArgs({ ...base, number }), /^Error: number must be/, number);
    }
    for (const dialString of [
      'sofia/gateway/gw1/{number},loopback/1',
      '[execute_on_answer=x]null/{number}',
      'null/{number}:_:null/2',
      'a b/{number}',
    ]) {
      assert.throws(() => originateArgs({ ...base, dialString }), /^Error: dial string /, dialString);
    }
    assert.throws(() => originateArgs({ ...base, callerIdName: 'x}sofia/gateway/evil/1' }), /caller ID name/);
    assert.throws(() => originateArgs({ ...base, callerIdNumber: '1,2' }), /caller ID number/);
    // Issue 20 item 6: the billing code goes as accountcode, and only a safe one goes at all.
    assert.equal(parseOriginateArgs(originateArgs({ ...base, accountcode: 'ACC_1.x-2' })).vars.get('accountcode'), 'ACC_1.x-2');
    assert.throws(() => originateArgs({ ...base, accountcode: 'a,pacer_call=false' }), /accountcode/);
    for (const [k, v] of [
      ['a=b', 'x'],
      ['a}b,c=d', 'x'],
      ['ok', 'x}y'],
      ['ok', '${system(id)}'],
      ['ok', 'a\nb'],
    ]) {
      assert.throws(() => originateArgs({ ...base, variables: { [k]: v } }), /bad channel variable/, `${k}=${v}`);
    }
  });

  it('last line: every name FreeSWITCH would run or Pacer sets is refused, whatever the input let through', () => {
    const base = { callId: 'c', number: '1', dialString: 'null/{number}', ringTimeoutSec: 5 };
    for (const name of DANGEROUS_CHANNEL_VARIABLES) {
      assert.throws(
        () => originateArgs({ ...base, variables: { [name]: 'system:touch' } }),
        /bad channel variable .* is not allowed/,
        name,
      );
    }
    const ok = parseOriginateArgs(originateArgs({ ...base, campaignId: 'k1', variables: { campaign_id: 'k1' } }));
    // Pacer's own marks are still set, by the adapter itself.
    assert.equal(ok.vars.get('pacer_call'), 'true');
    assert.equal(ok.vars.get('pacer_campaign'), 'k1');
    assert.equal(ok.vars.get('campaign_id'), 'k1');
  });

  it('parses FreeSWITCH escapes and quotes in {vars}', () => {
    const p = parseOriginateArgs("{a=1\\,2,b='x,y',c=}user/1001@default");
    assert.equal(p.vars.get('a'), '1,2');
    // The originate API's split on spaces takes the quotes away before the comma split sees them
    // (switch_separate_string, twice): a quoted comma still splits, only an escaped one holds.
    assert.equal(p.vars.get('b'), 'x');
    assert.equal(p.endpoint, 'user/1001@default');
    assert.throws(() => parseOriginateArgs('{a=1 user/1'), /unterminated/);
  });
});
