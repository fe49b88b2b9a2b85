import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asDialedNumber } from './number-format';

test('AS_DIALED keeps digits as given and refuses anything else with a reason', () => {
  assert.deepEqual(asDialedNumber('1140637865'), { number: '1140637865' });
  assert.deepEqual(asDialedNumber(' +4915112345678 '), { number: '+4915112345678' });
  assert.deepEqual(asDialedNumber('07700900123'), { number: '07700900123' });
  assert.deepEqual(asDialedNumber('123'), { number: '123' });
  const problem = (raw: string): string => {
    const r = asDialedNumber(raw);
    return 'problem' in r ? r.problem : '(accepted)';
  };
  assert.equal(problem('12'), '"12" has fewer than 3 digits');
  assert.match(problem('1'.repeat(21)), /more than 20 digits/);
  assert.match(problem('0770 090'), /other than digits/);
  assert.match(problem('++123'), /other than digits/);
  assert.match(problem('12a4'), /other than digits/);
});
