import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Calendar } from '../calendar/calendar';
import { numberZones } from '../../numbers/number-zones';
import { CALLING_HOURS } from './calling-hours';
import { isWindowOpen, nextWindowOpen, zonesOf, type CallingWindow } from './calling-window';
import { ComplianceProfile } from './compliance-profile';

const at = (iso: string) => new Date(iso);
const tsr: CallingWindow = { calendar: null, hours: CALLING_HOURS[ComplianceProfile.US_TSR] };
const week = (start: string, end: string) => [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start, end }));

describe('recipient-local calling hours', () => {
  test('a +81 number without a zone is judged by Tokyo time', () => {
    const zones = zonesOf(null, numberZones('+81312345678'));
    assert.deepEqual(zones, ['Asia/Tokyo']);
    // 22:30 UTC = 07:30 in Tokyo (closed), 23:00 UTC = 08:00 (open), 12:00 UTC = 21:00 (closed).
    assert.equal(isWindowOpen(tsr, at('2026-06-01T22:30:00Z'), zones), false);
    assert.equal(isWindowOpen(tsr, at('2026-06-01T23:00:00Z'), zones), true);
    assert.equal(isWindowOpen(tsr, at('2026-06-02T11:59:00Z'), zones), true);
    assert.equal(isWindowOpen(tsr, at('2026-06-02T12:00:00Z'), zones), false);
    assert.deepEqual(nextWindowOpen(tsr, at('2026-06-02T12:00:00Z'), zones), at('2026-06-02T23:00:00Z'));
  });

  test('the recipient’s own zone wins over its number’s', () => {
    assert.deepEqual(zonesOf('Europe/Berlin', ['Asia/Tokyo']), ['Europe/Berlin']);
    assert.deepEqual(zonesOf('Not/AZone', ['Asia/Tokyo']), ['Asia/Tokyo']);
    assert.deepEqual(zonesOf(null, []), [null]);
  });

  test('a number in several zones needs every zone inside the hours', () => {
    const zones = zonesOf(null, ['America/New_York', 'America/Los_Angeles']);
    // 13:00 UTC in June: 09:00 New York (open), 06:00 Los Angeles (closed).
    assert.equal(isWindowOpen(tsr, at('2026-06-01T13:00:00Z'), zones), false);
    assert.equal(isWindowOpen(tsr, at('2026-06-01T13:00:00Z'), ['America/New_York']), true);
    // 15:00 UTC: 11:00 and 08:00, both open; 01:00 UTC: 21:00 New York (closed), 18:00 Los Angeles.
    assert.equal(isWindowOpen(tsr, at('2026-06-01T15:00:00Z'), zones), true);
    assert.equal(isWindowOpen(tsr, at('2026-06-02T01:00:00Z'), zones), false);
    assert.deepEqual(nextWindowOpen(tsr, at('2026-06-01T13:00:00Z'), zones), at('2026-06-01T15:00:00Z'));
    // The UK mobile range spans London, Guernsey and the Isle of Man: all on one clock.
    assert.ok(numberZones('+447911123456').includes('Europe/London'));
  });

  test('zones whose hours never overlap never open', () => {
    // Two 13-hour days always overlap; a calendar of one hour a day in Tokyo and London never does.
    const hour: Calendar = { timeZone: 'UTC', openHours: week('08:00', '09:00'), exceptions: [] };
    const zones = zonesOf(null, ['Asia/Tokyo', 'Europe/London']);
    assert.equal(nextWindowOpen({ ...tsr, calendar: hour }, at('2026-06-01T00:00:00Z'), zones), null);
    assert.deepEqual(nextWindowOpen(tsr, at('2026-06-01T00:00:00Z'), zones), at('2026-06-01T07:00:00Z'));
  });

  test('the campaign calendar narrows the profile’s hours and never widens them', () => {
    const wide: Calendar = { timeZone: 'America/New_York', openHours: week('00:00', '24:00'), exceptions: [] };
    const narrow: Calendar = { timeZone: 'America/New_York', openHours: week('10:00', '12:00'), exceptions: [] };
    const ny = ['America/New_York'];
    // 06:00 New York: the calendar is open, the profile is not.
    assert.equal(isWindowOpen({ ...tsr, calendar: wide }, at('2026-06-01T10:00:00Z'), ny), false);
    assert.equal(isWindowOpen({ ...tsr, calendar: wide }, at('2026-06-01T13:00:00Z'), ny), true);
    // 09:00 New York: the profile is open, the calendar is not.
    assert.equal(isWindowOpen({ ...tsr, calendar: narrow }, at('2026-06-01T13:00:00Z'), ny), false);
    assert.equal(isWindowOpen({ ...tsr, calendar: narrow }, at('2026-06-01T14:30:00Z'), ny), true);
    assert.deepEqual(nextWindowOpen({ ...tsr, calendar: narrow }, at('2026-06-01T13:00:00Z'), ny), at('2026-06-01T14:00:00Z'));
  });

  test('a zone nobody knows is read in the calendar’s zone, else UTC', () => {
    const berlin: Calendar = { timeZone: 'Europe/Berlin', openHours: week('00:00', '24:00'), exceptions: [] };
    // 06:30 UTC = 08:30 Berlin (summer): open in Berlin, closed in UTC.
    assert.equal(isWindowOpen({ ...tsr, calendar: berlin }, at('2026-06-01T06:30:00Z'), [null]), true);
    assert.equal(isWindowOpen(tsr, at('2026-06-01T06:30:00Z'), [null]), false);
  });
});
