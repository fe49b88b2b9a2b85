import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Calendar } from './calendar';
import { effectiveZone, isOpen, nextOpenAt } from './calendar-hours';

const at = (iso: string) => new Date(iso);
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

const newYork: Calendar = {
  timeZone: 'America/New_York',
  openHours: [...weekdays('09:00', '17:00'), { day: 7, start: '01:00', end: '04:00' }],
  exceptions: [],
};

describe('isOpen, ordinary days', () => {
  it('is open inside and closed outside the weekday hours', () => {
    // Monday 2026-06-01, EDT (UTC-4).
    assert.equal(isOpen(newYork, at('2026-06-01T12:59:59Z')), false);
    assert.equal(isOpen(newYork, at('2026-06-01T13:00:00Z')), true);
    assert.equal(isOpen(newYork, at('2026-06-01T20:59:59Z')), true);
    assert.equal(isOpen(newYork, at('2026-06-01T21:00:00Z')), false);
    // Saturday.
    assert.equal(isOpen(newYork, at('2026-06-06T15:00:00Z')), false);
  });

  it('an empty calendar is never open', () => {
    const closed: Calendar = { timeZone: 'UTC', openHours: [], exceptions: [] };
    assert.equal(isOpen(closed, at('2026-06-01T12:00:00Z')), false);
    assert.equal(nextOpenAt(closed, at('2026-06-01T12:00:00Z')), null);
  });

  it('24:00 closes the day at midnight', () => {
    const late: Calendar = { timeZone: 'UTC', openHours: [{ day: 1, start: '20:00', end: '24:00' }], exceptions: [] };
    assert.equal(isOpen(late, at('2026-06-01T23:59:59.999Z')), true);
    assert.equal(isOpen(late, at('2026-06-02T00:00:00Z')), false);
    assert.deepEqual(nextOpenAt(late, at('2026-06-02T00:00:00Z')), at('2026-06-08T20:00:00Z'));
  });
});

describe('America/New_York spring forward (2026-03-08)', () => {
  it('the Sunday 01:00-04:00 window is two real hours long', () => {
    assert.equal(isOpen(newYork, at('2026-03-08T05:59:00Z')), false); // 00:59 EST
    assert.equal(isOpen(newYork, at('2026-03-08T06:00:00Z')), true); // 01:00 EST
    assert.equal(isOpen(newYork, at('2026-03-08T06:59:00Z')), true); // 01:59 EST
    assert.equal(isOpen(newYork, at('2026-03-08T07:00:00Z')), true); // 03:00 EDT
    assert.equal(isOpen(newYork, at('2026-03-08T07:59:00Z')), true); // 03:59 EDT
    assert.equal(isOpen(newYork, at('2026-03-08T08:00:00Z')), false); // 04:00 EDT
  });

  it('Monday opens at 09:00 EDT, an hour earlier in UTC than the Friday before', () => {
    assert.deepEqual(nextOpenAt(newYork, at('2026-03-06T22:00:00Z')), at('2026-03-08T06:00:00Z'));
    assert.deepEqual(nextOpenAt(newYork, at('2026-03-08T08:00:00Z')), at('2026-03-09T13:00:00Z'));
    assert.equal(isOpen(newYork, at('2026-03-06T14:00:00Z')), true); // Fri 09:00 EST
    assert.equal(isOpen(newYork, at('2026-03-09T13:00:00Z')), true); // Mon 09:00 EDT
    assert.equal(isOpen(newYork, at('2026-03-09T12:59:00Z')), false);
  });

  it('a window starting inside the gap opens when the clock jumps', () => {
    const gap: Calendar = { timeZone: 'America/New_York', openHours: [{ day: 7, start: '02:30', end: '05:00' }], exceptions: [] };
    assert.deepEqual(nextOpenAt(gap, at('2026-03-08T05:00:00Z')), at('2026-03-08T07:00:00Z'));
    assert.equal(isOpen(gap, at('2026-03-08T06:59:00Z')), false); // 01:59 EST
    assert.equal(isOpen(gap, at('2026-03-08T07:00:00Z')), true); // 03:00 EDT
  });

  it('a window entirely inside the gap does not exist that day', () => {
    const gap: Calendar = { timeZone: 'America/New_York', openHours: [{ day: 7, start: '02:15', end: '02:45' }], exceptions: [] };
    assert.deepEqual(nextOpenAt(gap, at('2026-03-08T05:00:00Z')), at('2026-03-15T06:15:00Z'));
  });
});

describe('America/New_York fall back (2026-11-01)', () => {
  it('the Sunday 01:00-04:00 window is four real hours long', () => {
    assert.equal(isOpen(newYork, at('2026-11-01T04:59:00Z')), false); // 00:59 EDT
    assert.equal(isOpen(newYork, at('2026-11-01T05:00:00Z')), true); // 01:00 EDT
    assert.equal(isOpen(newYork, at('2026-11-01T06:30:00Z')), true); // 01:30 EST
    assert.equal(isOpen(newYork, at('2026-11-01T08:59:00Z')), true); // 03:59 EST
    assert.equal(isOpen(newYork, at('2026-11-01T09:00:00Z')), false); // 04:00 EST
  });

  it('a window inside the repeated hour opens twice', () => {
    const rep: Calendar = { timeZone: 'America/New_York', openHours: [{ day: 7, start: '01:00', end: '01:30' }], exceptions: [] };
    assert.equal(isOpen(rep, at('2026-11-01T05:15:00Z')), true); // 01:15 EDT
    assert.equal(isOpen(rep, at('2026-11-01T05:45:00Z')), false); // 01:45 EDT
    assert.equal(isOpen(rep, at('2026-11-01T06:15:00Z')), true); // 01:15 EST
    assert.deepEqual(nextOpenAt(rep, at('2026-11-01T04:00:00Z')), at('2026-11-01T05:00:00Z'));
    assert.deepEqual(nextOpenAt(rep, at('2026-11-01T05:40:00Z')), at('2026-11-01T06:00:00Z'));
    assert.deepEqual(nextOpenAt(rep, at('2026-11-01T06:30:00Z')), at('2026-11-08T06:00:00Z'));
  });

  it('Monday opens at 09:00 EST', () => {
    assert.deepEqual(nextOpenAt(newYork, at('2026-10-30T21:00:00Z')), at('2026-11-01T05:00:00Z'));
    assert.deepEqual(nextOpenAt(newYork, at('2026-11-01T09:00:00Z')), at('2026-11-02T14:00:00Z'));
  });
});

describe('Europe/Berlin', () => {
  const berlin: Calendar = { timeZone: 'Europe/Berlin', openHours: weekdays('08:00', '18:00'), exceptions: [] };

  it('spring forward (2026-03-29): Monday opens at 06:00Z instead of 07:00Z', () => {
    assert.equal(isOpen(berlin, at('2026-03-27T07:00:00Z')), true); // Fri 08:00 CET
    assert.equal(isOpen(berlin, at('2026-03-27T06:59:00Z')), false);
    assert.deepEqual(nextOpenAt(berlin, at('2026-03-27T17:00:00Z')), at('2026-03-30T06:00:00Z'));
  });

  it('fall back (2026-10-25): Monday opens at 07:00Z', () => {
    assert.deepEqual(nextOpenAt(berlin, at('2026-10-23T16:00:00Z')), at('2026-10-26T07:00:00Z'));
    assert.equal(isOpen(berlin, at('2026-10-23T15:59:00Z')), true); // Fri 17:59 CEST
  });
});

describe('holidays and special hours', () => {
  const xmas: Calendar = {
    timeZone: 'Europe/Berlin',
    openHours: weekdays('09:00', '17:00'),
    exceptions: [
      { date: '2026-12-24', closed: false, start: '09:00', end: '12:00' },
      { date: '2026-12-25', closed: true },
      { date: '2026-12-26', closed: false, start: '10:00', end: '12:00' },
    ],
  };

  it('closes on the holiday', () => {
    assert.equal(isOpen(xmas, at('2026-12-25T10:00:00Z')), false); // Friday
    assert.equal(isOpen(xmas, at('2026-12-23T10:00:00Z')), true);
  });

  it('shortens the special day', () => {
    assert.equal(isOpen(xmas, at('2026-12-24T10:59:00Z')), true); // 11:59 CET
    assert.equal(isOpen(xmas, at('2026-12-24T11:00:00Z')), false); // 12:00 CET
  });

  it('opens a weekend day with special hours', () => {
    assert.equal(isOpen(xmas, at('2026-12-26T09:30:00Z')), true); // Saturday 10:30 CET
  });

  it('skips the holiday when looking ahead', () => {
    assert.deepEqual(nextOpenAt(xmas, at('2026-12-24T11:00:00Z')), at('2026-12-26T09:00:00Z'));
    assert.deepEqual(nextOpenAt(xmas, at('2026-12-26T11:00:00Z')), at('2026-12-28T08:00:00Z'));
  });
});

describe("the recipient's own time zone", () => {
  it('evaluates the window where the recipient lives', () => {
    // Monday 2026-06-01 13:30Z = 09:30 New York = 06:30 Los Angeles.
    const t = at('2026-06-01T13:30:00Z');
    assert.equal(isOpen(newYork, t), true);
    assert.equal(isOpen(newYork, t, 'America/Los_Angeles'), false);
    assert.deepEqual(nextOpenAt(newYork, t, 'America/Los_Angeles'), at('2026-06-01T16:00:00Z'));
    assert.equal(isOpen(newYork, at('2026-06-01T23:30:00Z'), 'America/Los_Angeles'), true);
  });

  it('applies holidays on the recipient-local date', () => {
    const cal: Calendar = { ...newYork, exceptions: [{ date: '2026-06-02', closed: true }] };
    // 2026-06-02 is a holiday; in Tokyo it starts while it is still Monday in New York.
    assert.equal(isOpen(cal, at('2026-06-02T01:00:00Z'), 'Asia/Tokyo'), false); // Tue 10:00 JST, holiday
    assert.equal(isOpen(cal, at('2026-06-01T01:00:00Z'), 'Asia/Tokyo'), true); // Mon 10:00 JST
  });

  it('falls back to the calendar zone for unknown or empty zones', () => {
    const t = at('2026-06-01T13:30:00Z');
    assert.equal(effectiveZone(newYork, 'Not/AZone'), 'America/New_York');
    assert.equal(effectiveZone(newYork, ''), 'America/New_York');
    assert.equal(effectiveZone(newYork, null), 'America/New_York');
    assert.equal(isOpen(newYork, t, 'Not/AZone'), true);
  });
});

describe('validity period', () => {
  const limited: Calendar = {
    timeZone: 'Europe/Berlin',
    openHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '00:00', end: '24:00' })),
    exceptions: [],
    validFrom: '2026-06-10',
    validUntil: '2026-06-12',
  };

  it('is closed before and after, open inside (calendar-zone dates, inclusive)', () => {
    assert.equal(isOpen(limited, at('2026-06-09T21:59:59Z')), false); // 23:59:59 CEST on the 9th
    assert.equal(isOpen(limited, at('2026-06-09T22:00:00Z')), true); // midnight on the 10th
    assert.equal(isOpen(limited, at('2026-06-12T21:59:59Z')), true);
    assert.equal(isOpen(limited, at('2026-06-12T22:00:00Z')), false);
  });

  it('nextOpenAt waits for validFrom and gives up after validUntil', () => {
    assert.deepEqual(nextOpenAt(limited, at('2026-06-01T00:00:00Z')), at('2026-06-09T22:00:00Z'));
    assert.equal(nextOpenAt(limited, at('2026-06-13T00:00:00Z')), null);
  });

  it('returns null when no window is left before validUntil', () => {
    const short: Calendar = { ...newYork, openHours: weekdays('09:00', '17:00'), validUntil: '2026-06-06' };
    assert.equal(nextOpenAt(short, at('2026-06-05T22:00:00Z')), null);
  });

  it('returns the instant itself when already open', () => {
    const t = at('2026-06-01T14:00:00Z');
    assert.deepEqual(nextOpenAt(newYork, t), t);
  });
});
