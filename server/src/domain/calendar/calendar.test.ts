import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calendarSchema, parseTimeOfDay, windowsForDate, type Calendar } from './calendar';

const base: Calendar = {
  timeZone: 'Europe/Berlin',
  openHours: [
    { day: 1, start: '09:00', end: '12:00' },
    { day: 1, start: '13:00', end: '17:00' },
    { day: 6, start: '10:00', end: '24:00' },
  ],
  exceptions: [
    { date: '2026-12-25', closed: true },
    { date: '2026-12-24', closed: false, start: '09:00', end: '12:00' },
    { date: '2026-12-31', closed: false, start: '09:00', end: '10:00' },
    { date: '2026-12-31', closed: false, start: '11:00', end: '12:00' },
    { date: '2027-01-01', closed: false, start: '09:00', end: '10:00' },
    { date: '2027-01-01', closed: true },
  ],
};

describe('parseTimeOfDay', () => {
  it('parses HH:mm and 24:00', () => {
    assert.equal(parseTimeOfDay('00:00'), 0);
    assert.equal(parseTimeOfDay('09:30'), 570);
    assert.equal(parseTimeOfDay('23:59'), 1439);
    assert.equal(parseTimeOfDay('24:00'), 1440);
  });
  it('rejects malformed times', () => {
    for (const bad of ['24:01', '9:00', '25:00', '12:60', '', 'noon', '12:00:00']) {
      assert.equal(parseTimeOfDay(bad), null, bad);
    }
  });
});

describe('windowsForDate', () => {
  it('uses the weekday hours, sorted', () => {
    assert.deepEqual(windowsForDate(base, '2026-06-01', 1), [
      { start: 540, end: 720 },
      { start: 780, end: 1020 },
    ]);
    assert.deepEqual(windowsForDate(base, '2026-06-02', 2), []);
    assert.deepEqual(windowsForDate(base, '2026-06-06', 6), [{ start: 600, end: 1440 }]);
  });
  it('a holiday closes the date', () => {
    assert.deepEqual(windowsForDate(base, '2026-12-25', 5), []);
  });
  it('special hours replace the weekday', () => {
    assert.deepEqual(windowsForDate(base, '2026-12-24', 4), [{ start: 540, end: 720 }]);
  });
  it('several special windows add up; one closed entry wins', () => {
    assert.deepEqual(windowsForDate(base, '2026-12-31', 4), [
      { start: 540, end: 600 },
      { start: 660, end: 720 },
    ]);
    assert.deepEqual(windowsForDate(base, '2027-01-01', 5), []);
  });
});

describe('calendarSchema', () => {
  const valid = {
    timeZone: 'America/New_York',
    openHours: [{ day: 1, start: '09:00', end: '17:00' }],
    exceptions: [{ date: '2026-07-03', closed: true }],
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
  };

  it('accepts a good calendar and defaults exceptions', () => {
    assert.equal(calendarSchema.safeParse(valid).success, true);
    const r = calendarSchema.parse({ timeZone: 'UTC', openHours: [] });
    assert.deepEqual(r.exceptions, []);
  });

  const bad: Array<[string, unknown]> = [
    ['unknown zone', { ...valid, timeZone: 'Mars/Olympus' }],
    ['day 0', { ...valid, openHours: [{ day: 0, start: '09:00', end: '17:00' }] }],
    ['day 8', { ...valid, openHours: [{ day: 8, start: '09:00', end: '17:00' }] }],
    ['bad time', { ...valid, openHours: [{ day: 1, start: '9:00', end: '17:00' }] }],
    ['end before start', { ...valid, openHours: [{ day: 1, start: '17:00', end: '09:00' }] }],
    ['empty window', { ...valid, openHours: [{ day: 1, start: '09:00', end: '09:00' }] }],
    ['impossible date', { ...valid, exceptions: [{ date: '2026-02-30', closed: true }] }],
    ['special hours missing end', { ...valid, exceptions: [{ date: '2026-07-03', closed: false, start: '09:00' }] }],
    ['special hours reversed', { ...valid, exceptions: [{ date: '2026-07-03', closed: false, start: '10:00', end: '09:00' }] }],
    ['validity reversed', { ...valid, validFrom: '2027-01-01' }],
    ['bad validity date', { ...valid, validUntil: '31.12.2026' }],
  ];
  for (const [name, input] of bad) {
    it(`rejects ${name}`, () => {
      assert.equal(calendarSchema.safeParse(input).success, false);
    });
  }
});
