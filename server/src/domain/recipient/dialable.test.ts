import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Calendar } from '../calendar/calendar';
import { nextDialableAt, whyNotDialable, type DialableRecipient } from './dialable';
import { RecipientState as S } from './recipient-state';

const at = (iso: string) => new Date(iso);
// Monday 2026-06-01 14:00Z = 10:00 New York.
const now = at('2026-06-01T14:00:00Z');
const calendar: Calendar = {
  timeZone: 'America/New_York',
  openHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};
const ready: DialableRecipient = { state: S.READY };

describe('whyNotDialable', () => {
  it('a plain ready recipient is dialable, with or without calendar', () => {
    assert.equal(whyNotDialable(ready, now, calendar), null);
    assert.equal(whyNotDialable(ready, at('2026-06-06T14:00:00Z'), null), null);
  });

  it('reports state-based reasons', () => {
    const expected: Record<S, string | null> = {
      READY: null,
      DIALING: 'IN_PROGRESS',
      IN_CALL: 'IN_PROGRESS',
      WAITING_AGENT: 'IN_PROGRESS',
      CONTACTED: 'FINAL',
      FAILED: 'FINAL',
      STOPPED: 'FINAL',
      EXPIRED: 'EXPIRED',
      DNC: 'DNC',
      RETRY_WAIT: null,
      SCHEDULED: 'CALLBACK_PENDING',
    };
    for (const state of Object.values(S)) {
      assert.equal(whyNotDialable({ state }, now, calendar), expected[state], state);
    }
  });

  it('never dials a DNC-flagged recipient', () => {
    assert.equal(whyNotDialable({ ...ready, dnc: true }, now, calendar), 'DNC');
    assert.equal(whyNotDialable({ ...ready, dnc: false }, now, calendar), null);
  });

  it('expires at expireAt', () => {
    assert.equal(whyNotDialable({ ...ready, expireAt: now }, now, calendar), 'EXPIRED');
    assert.equal(whyNotDialable({ ...ready, expireAt: at('2026-06-01T14:00:01Z') }, now, calendar), null);
  });

  it('honours notBefore and notAfter', () => {
    assert.equal(whyNotDialable({ ...ready, notBefore: at('2026-06-01T14:00:01Z') }, now, calendar), 'NOT_YET');
    assert.equal(whyNotDialable({ ...ready, notBefore: now }, now, calendar), null);
    assert.equal(whyNotDialable({ ...ready, notAfter: now }, now, calendar), 'WINDOW_CLOSED');
    assert.equal(whyNotDialable({ ...ready, notAfter: at('2026-06-01T14:00:01Z') }, now, calendar), null);
  });

  it('waits for the retry time, also for READY recipients with a next-attempt time', () => {
    const later = at('2026-06-01T14:05:00Z');
    assert.equal(whyNotDialable({ state: S.RETRY_WAIT, nextAttemptAt: later }, now, calendar), 'RETRY_WAIT');
    assert.equal(whyNotDialable({ state: S.READY, nextAttemptAt: later }, now, calendar), 'RETRY_WAIT');
    assert.equal(whyNotDialable({ state: S.RETRY_WAIT, nextAttemptAt: now }, now, calendar), null);
  });

  it('dials a due callback', () => {
    assert.equal(whyNotDialable({ state: S.SCHEDULED, callbackAt: now }, now, calendar), null);
    assert.equal(whyNotDialable({ state: S.SCHEDULED, callbackAt: at('2026-06-01T15:00:00Z') }, now, calendar), 'CALLBACK_PENDING');
  });

  it('stays inside the calling window, in the recipient zone', () => {
    assert.equal(whyNotDialable(ready, at('2026-06-01T12:00:00Z'), calendar), 'OUTSIDE_HOURS');
    assert.equal(whyNotDialable({ ...ready, timeZone: 'America/Los_Angeles' }, now, calendar), 'OUTSIDE_HOURS');
    assert.equal(whyNotDialable({ ...ready, timeZone: 'Europe/London' }, now, calendar), null);
  });

  it('ranks the reasons: state, DNC, expiry, window, retry, hours', () => {
    const all: DialableRecipient = {
      state: S.RETRY_WAIT,
      dnc: true,
      expireAt: now,
      notAfter: now,
      notBefore: at('2026-06-02T00:00:00Z'),
      nextAttemptAt: at('2026-06-02T00:00:00Z'),
    };
    const night = at('2026-06-01T03:00:00Z');
    assert.equal(whyNotDialable(all, now, calendar), 'DNC');
    assert.equal(whyNotDialable({ ...all, dnc: false }, now, calendar), 'EXPIRED');
    assert.equal(whyNotDialable({ ...all, dnc: false, expireAt: null }, now, calendar), 'WINDOW_CLOSED');
    assert.equal(whyNotDialable({ ...all, dnc: false, expireAt: null, notAfter: null }, now, calendar), 'NOT_YET');
    assert.equal(whyNotDialable({ ...all, dnc: false, expireAt: null, notAfter: null, notBefore: null }, now, calendar), 'RETRY_WAIT');
    assert.equal(whyNotDialable({ state: S.RETRY_WAIT, nextAttemptAt: night }, night, calendar), 'OUTSIDE_HOURS');
  });
});

describe('nextDialableAt', () => {
  it('is now when dialable', () => {
    assert.deepEqual(nextDialableAt(ready, now, calendar), now);
  });

  it('is null for final, in-call, DNC, expired and closed-window recipients', () => {
    for (const r of [
      { state: S.CONTACTED },
      { state: S.DIALING },
      { state: S.DNC },
      { ...ready, dnc: true },
      { ...ready, expireAt: now },
      { ...ready, notAfter: now },
      { state: S.SCHEDULED },
    ] as DialableRecipient[]) {
      assert.equal(nextDialableAt(r, now, calendar), null, JSON.stringify(r));
    }
  });

  it('is the retry time, moved into open hours', () => {
    const r = { state: S.RETRY_WAIT, nextAttemptAt: at('2026-06-01T14:10:00Z') };
    assert.deepEqual(nextDialableAt(r, now, calendar), at('2026-06-01T14:10:00Z'));
    const evening = { state: S.RETRY_WAIT, nextAttemptAt: at('2026-06-01T22:00:00Z') };
    assert.deepEqual(nextDialableAt(evening, now, calendar), at('2026-06-02T13:00:00Z'));
  });

  it('is the later of notBefore and the callback time', () => {
    const r = { state: S.SCHEDULED, callbackAt: at('2026-06-01T15:00:00Z'), notBefore: at('2026-06-01T16:00:00Z') };
    assert.deepEqual(nextDialableAt(r, now, null), at('2026-06-01T16:00:00Z'));
  });

  it('is the next opening when outside hours, in the recipient zone', () => {
    assert.deepEqual(nextDialableAt({ ...ready, timeZone: 'America/Los_Angeles' }, now, calendar), at('2026-06-01T16:00:00Z'));
  });

  it('is null when the recipient expires before it could be dialed', () => {
    const r = { ...ready, nextAttemptAt: at('2026-06-01T22:00:00Z'), expireAt: at('2026-06-02T12:00:00Z') };
    assert.equal(nextDialableAt(r, now, calendar), null);
    const ok = { ...r, expireAt: at('2026-06-02T13:00:01Z') };
    assert.deepEqual(nextDialableAt(ok, now, calendar), at('2026-06-02T13:00:00Z'));
  });
});
