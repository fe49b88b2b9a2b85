import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSupportedRegion, normalizePhone } from './phone-normalize';

describe('normalizePhone', () => {
  it('normalises national and international forms to E.164', () => {
    assert.deepEqual(normalizePhone('(212) 555-0199', 'US'), { ok: true, e164: '+12125550199', region: 'US' });
    assert.deepEqual(normalizePhone('+1 212 555 0199'), { ok: true, e164: '+12125550199', region: 'US' });
    assert.deepEqual(normalizePhone('030 123456', 'DE'), { ok: true, e164: '+4930123456', region: 'DE' });
    assert.deepEqual(normalizePhone('0049 30 123456', 'de'), { ok: true, e164: '+4930123456', region: 'DE' });
    assert.deepEqual(normalizePhone('  +44 20 7946 0018 ', null), { ok: true, e164: '+442079460018', region: 'GB' });
  });

  it('an explicit country code wins over the default region', () => {
    const r = normalizePhone('+49 30 123456', 'US');
    assert.deepEqual(r, { ok: true, e164: '+4930123456', region: 'DE' });
  });

  const errors: Array<[string, string | undefined, string]> = [
    ['', 'US', 'EMPTY'],
    ['   ', 'US', 'EMPTY'],
    ['abc', 'US', 'NOT_A_NUMBER'],
    ['030 123456', undefined, 'INVALID_COUNTRY'],
    ['030 123456', 'XX', 'INVALID_COUNTRY'],
    ['+999123456', undefined, 'INVALID_COUNTRY'],
    ['12', 'US', 'TOO_SHORT'],
    ['+4930', undefined, 'TOO_SHORT'],
    ['+49 30 12345678901234567', undefined, 'TOO_LONG'],
    ['+1 212 555 01', undefined, 'TOO_SHORT'],
    ['+1 011 555 0199', undefined, 'INVALID'],
    ['call me at 212 555 0199', 'US', 'NOT_A_NUMBER'],
  ];
  for (const [raw, region, reason] of errors) {
    it(`${JSON.stringify(raw)} (${region ?? 'no region'}) -> ${reason}`, () => {
      assert.deepEqual(normalizePhone(raw, region), { ok: false, reason });
    });
  }
});

describe('isSupportedRegion', () => {
  it('knows ISO regions in any case', () => {
    assert.equal(isSupportedRegion('DE'), true);
    assert.equal(isSupportedRegion('us'), true);
    assert.equal(isSupportedRegion('XX'), false);
  });
});
