import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_FIELD_VALUE,
  MAX_FIELDS,
  MAX_FIELDS_TOTAL,
  recipientChannelVariables,
  recipientFieldValue,
  recipientFieldVariable,
} from './recipient-variables';

test('field names become pacer_f_ variables of [A-Za-z0-9_] only', () => {
  assert.equal(recipientFieldVariable('First Name'), 'pacer_f_First_Name');
  assert.equal(recipientFieldVariable('e-mail.addr'), 'pacer_f_e_mail_addr');
  assert.equal(recipientFieldVariable('Ünïcode'), 'pacer_f__n_code');
  assert.equal(recipientFieldVariable('9lives'), 'pacer_f_9lives');
  assert.equal(recipientFieldVariable(''), undefined);
  assert.equal(recipientFieldVariable('---'), undefined);
  assert.equal(recipientFieldVariable('n'.repeat(300))?.length, 'pacer_f_'.length + 56);
});

test('values lose control characters and braces, and are bounded', () => {
  assert.equal(recipientFieldValue('a\tb\nc\u007f\u0085d'), 'abcd');
  assert.equal(recipientFieldValue('${api(x)}'), '$(api(x))');
  assert.equal(recipientFieldValue('  x  '), 'x');
  assert.equal(recipientFieldValue('a:_:b :_:_: c'), 'a:-:b :-:-: c', 'no failover separator survives');
  assert.equal(recipientFieldValue('y'.repeat(10_000)).length, MAX_FIELD_VALUE);
  assert.equal(recipientFieldValue('O\'Brien, "Ltd" \\ x=y'), 'O\'Brien, "Ltd" \\ x=y');
});

test('the recipient id always goes; duplicate names keep the first (any case); empty values are left off', () => {
  assert.deepEqual(recipientChannelVariables('42', { Name: 'a', name: 'b', 'na me': 'c', empty: '  ' }), {
    pacer_recipient: '42',
    pacer_f_Name: 'a',
    pacer_f_na_me: 'c',
  });
  assert.deepEqual(recipientChannelVariables('7', undefined), { pacer_recipient: '7' });
});

test('many or large fields are bounded: at most MAX_FIELDS, MAX_FIELDS_TOTAL characters in all', () => {
  const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, 'v']));
  assert.equal(Object.keys(recipientChannelVariables('1', many)).length, 1 + MAX_FIELDS);
  const large = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, 'v'.repeat(1000)]));
  const vars = recipientChannelVariables('1', { ...large, small: 'fits' });
  const total = Object.entries(vars)
    .filter(([k]) => k.startsWith('pacer_f_'))
    .reduce((n, [k, v]) => n + k.length + 1 + v.length, 0);
  assert.ok(total <= MAX_FIELDS_TOTAL, `${total}`);
  assert.equal(vars.pacer_f_small, 'fits', 'a later field that fits still goes');
  assert.equal(vars.pacer_f_f0, 'v'.repeat(MAX_FIELD_VALUE));
});
