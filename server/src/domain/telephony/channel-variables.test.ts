import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  REFUSED_CHANNEL_VARIABLES,
  channelVariableNameProblem,
  channelVariableValueProblem,
  refusedChannelVariable,
} from './channel-variables';
import { DANGEROUS_CHANNEL_VARIABLES, HARMLESS_CHANNEL_VARIABLES } from './channel-variables.fixtures';

describe('channel variable policy', () => {
  it('refuses every name FreeSWITCH would run or Pacer sets, in any letter case, with the reason', () => {
    for (const name of DANGEROUS_CHANNEL_VARIABLES) {
      const why = channelVariableNameProblem(name);
      assert.ok(why, `${name} should be refused`);
      assert.match(why, /is not allowed \(.+\): .+/, name);
    }
  });

  it('every refusal entry has a reason and is exercised by the shared list', () => {
    for (const entry of REFUSED_CHANNEL_VARIABLES) {
      assert.ok(entry.reason.length > 20, entry.pattern);
      assert.ok(
        DANGEROUS_CHANNEL_VARIABLES.some((n) => refusedChannelVariable(n)?.pattern === entry.pattern),
        `no test name for ${entry.pattern}`,
      );
    }
  });

  it('lets ordinary names through', () => {
    for (const name of HARMLESS_CHANNEL_VARIABLES) assert.equal(channelVariableNameProblem(name), undefined, name);
  });

  it('names are FreeSWITCH identifiers: no = , { } spaces, not blank, not starting with a digit', () => {
    for (const name of ['a}b,c=d', 'a=b', 'a b', '', ' ', '1abc', 'a-b', 'a.b', 'a\u0000b', 'x'.repeat(201)]) {
      assert.ok(channelVariableNameProblem(name), JSON.stringify(name));
    }
  });

  it('values are one line without braces (the variable list ends at any }; ${…} can call API commands)', () => {
    assert.equal(channelVariableValueProblem("O'Brien, Ltd = 5 % off"), undefined);
    assert.equal(channelVariableValueProblem(''), undefined);
    for (const value of [
      'a}b',
      '${system(id)}',
      '$\\{x}',
      'line\nbreak',
      'tab\there',
      'nul\u0000',
      'del\u007f',
      'x'.repeat(4001),
      'a:_:loopback/9999',
    ]) {
      assert.ok(channelVariableValueProblem(value), JSON.stringify(value));
    }
  });
});
