import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { recipientFieldValue } from '../../domain/telephony/recipient-variables';
import { parseOriginateArgs } from '../simulator/originate-args';
import { escapeVarValue } from './var-escape';

// The simulator splits an originate as FreeSWITCH 1.10 does (fs-separate.ts: spaces, then the
// {…} block on commas, then each pair on =, unescaping each time); what Pacer escapes must come
// out of all three unchanged, next to other variables and with the endpoint intact.
function roundTrip(value: string): string | undefined {
  const arg = `{origination_uuid=u1,v=${escapeVarValue(value)},after=ok}sofia/gateway/gw1/+1555 &park()`;
  const parsed = parseOriginateArgs(arg);
  assert.equal(parsed.vars.get('origination_uuid'), 'u1');
  assert.equal(parsed.vars.get('after'), 'ok');
  assert.equal(parsed.endpoint, 'sofia/gateway/gw1/+1555');
  assert.equal(parsed.destination, '&park()');
  return parsed.vars.get('v');
}

test('awkward values come back as sent', () => {
  for (const v of ["O'Brien", 'a,b', 'a b', 'a\\b', 'a\\nb', "'quoted'", '"dq"', 'x=y=z', "\\'", 'a\\,b', 'end\\', "it's 'a', \\ \"b\""]) {
    assert.equal(roundTrip(v), v, JSON.stringify(v));
  }
});

test('any sanitised recipient value comes back as sent (property)', () => {
  const chars = fc.constantFrom(...'ab =,\'"\\{}$()[]|&:_;ns\ttr'.split(''), 'é', '😀');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
      const v = recipientFieldValue(parts.join(''));
      // An empty value is never sent (FreeSWITCH drops `k=`).
      if (v !== '') assert.equal(roundTrip(v), v);
    }),
    { numRuns: 2000 },
  );
});
