import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CampaignStatus } from '../campaign/campaign-status';
import { RunState, RunStateReason } from '../campaign/run-state';
import { RecipientState } from '../recipient/recipient-state';
import type { Calendar } from '../calendar/calendar';
import { plan } from './planner';
import { T0, campaign, candidate, candidates, ids, originates, runStates, snapshot } from './planner.fixtures';

const nineToFive: Calendar = {
  timeZone: 'America/New_York',
  openHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

describe('plan: basics', () => {
  it('dials every dialable candidate when nothing limits', () => {
    const actions = plan(snapshot({ campaigns: [campaign('A', { candidates: candidates('a', 3) })] }));
    assert.deepEqual(ids(actions), ['a1', 'a2', 'a3']);
    for (const o of originates(actions)) {
      assert.deepEqual(o.at, T0);
      assert.equal(o.direction, 'external');
      assert.equal(o.gatewayId, null);
      assert.equal(o.campaignId, 'A');
    }
    assert.equal(runStates(actions).A?.state, RunState.DIALING);
  });

  it('ignores campaigns that are not RUNNING', () => {
    const paused = campaign('P', { status: CampaignStatus.PAUSED, candidates: candidates('p', 2) });
    const actions = plan(snapshot({ campaigns: [paused] }));
    assert.deepEqual(actions, []);
  });

  it('marks every running campaign SWITCH_DOWN and dials nothing when the switch is down', () => {
    const actions = plan(
      snapshot({
        switch: { up: false, sessionsPerSecond: null, maxSessions: null, lastOriginateAt: null },
        campaigns: [campaign('A', { candidates: candidates('a', 2) }), campaign('B')],
      }),
    );
    assert.deepEqual(actions, [
      { type: 'runState', campaignId: 'A', state: RunState.SWITCH_DOWN, reason: RunStateReason.SWITCH_LINK, wakeAt: null },
      { type: 'runState', campaignId: 'B', state: RunState.SWITCH_DOWN, reason: RunStateReason.SWITCH_LINK, wakeAt: null },
    ]);
  });

  it('is IDLE with nothing to dial and DIALING while calls are in flight', () => {
    const actions = plan(snapshot({ campaigns: [campaign('A'), campaign('B', { inFlight: { internal: 0, external: 2 } })] }));
    assert.equal(runStates(actions).A?.state, RunState.IDLE);
    assert.equal(runStates(actions).B?.state, RunState.DIALING);
    assert.equal(
      actions.some((a) => a.type === 'wake'),
      false,
    );
  });

  it('keeps the candidate order and dials a recipient once', () => {
    const list = [candidate('x'), candidate('y'), candidate('x'), candidate('z')];
    const actions = plan(snapshot({ campaigns: [campaign('A', { candidates: list })] }));
    assert.deepEqual(ids(actions), ['x', 'y', 'z']);
  });

  it('rotates numbers with the cursor and skips recipients without numbers', () => {
    const numbers = [
      { number: '+12125550101', priority: 1 },
      { number: '+12125550102', priority: 9 },
    ];
    const actions = plan(
      snapshot({
        campaigns: [
          campaign('A', {
            candidates: [
              candidate('r0', { numbers, numberCursor: 0 }),
              candidate('r1', { numbers, numberCursor: 1 }),
              candidate('none', { numbers: [{ number: '+12125550103', priority: 0, stopped: true }] }),
            ],
          }),
        ],
      }),
    );
    assert.deepEqual(
      originates(actions).map((o) => [o.recipientId, o.numberIndex, o.number]),
      [
        ['r0', 1, '+12125550102'],
        ['r1', 0, '+12125550101'],
      ],
    );
    assert.deepEqual(
      actions.filter((a) => a.type === 'stop'),
      [{ type: 'stop', campaignId: 'A', recipientId: 'none', reason: 'NO_NUMBERS' }],
    );
  });
});

describe('plan: who may be dialed', () => {
  it('skips DNC, in-call, final, waiting and out-of-window recipients', () => {
    const list = [
      candidate('dnc', { dnc: true }),
      candidate('dialing', { state: RecipientState.DIALING }),
      candidate('done', { state: RecipientState.CONTACTED }),
      candidate('retry', { state: RecipientState.RETRY_WAIT, nextAttemptAt: new Date('2026-06-01T14:05:00Z') }),
      candidate('later', { notBefore: new Date('2026-06-01T15:00:00Z') }),
      candidate('closed', { notAfter: T0 }),
      candidate('due', { state: RecipientState.RETRY_WAIT, nextAttemptAt: T0 }),
      candidate('callback', { state: RecipientState.SCHEDULED, callbackAt: T0 }),
    ];
    const actions = plan(snapshot({ campaigns: [campaign('A', { candidates: list })] }));
    assert.deepEqual(ids(actions), ['due', 'callback']);
  });

  it('emits expire actions for recipients past expire-at', () => {
    const list = [candidate('old', { expireAt: T0 }), candidate('gone', { state: RecipientState.EXPIRED })];
    const actions = plan(snapshot({ campaigns: [campaign('A', { candidates: list })] }));
    assert.deepEqual(
      actions.filter((a) => a.type === 'expire'),
      [{ type: 'expire', campaignId: 'A', recipientId: 'old' }],
    );
    assert.equal(runStates(actions).A?.state, RunState.IDLE);
  });

  it('is WAITING_RETRY with the earliest due time as wakeAt', () => {
    const list = [
      candidate('r1', { state: RecipientState.RETRY_WAIT, nextAttemptAt: new Date('2026-06-01T14:10:00Z') }),
      candidate('r2', { state: RecipientState.RETRY_WAIT, nextAttemptAt: new Date('2026-06-01T14:05:00Z') }),
    ];
    const actions = plan(snapshot({ campaigns: [campaign('A', { candidates: list })] }));
    assert.deepEqual(runStates(actions).A, {
      type: 'runState',
      campaignId: 'A',
      state: RunState.WAITING_RETRY,
      reason: null,
      wakeAt: new Date('2026-06-01T14:05:00Z'),
    });
    assert.deepEqual(actions.at(-1), { type: 'wake', at: new Date('2026-06-01T14:05:00Z') });
  });

  it('uses nextDueAt from the runner when no candidate is waiting', () => {
    const due = new Date('2026-06-01T15:00:00Z');
    const actions = plan(snapshot({ campaigns: [campaign('A', { nextDueAt: due })] }));
    assert.deepEqual(runStates(actions).A?.wakeAt, due);
    assert.equal(runStates(actions).A?.state, RunState.WAITING_RETRY);
  });

  it('is OUTSIDE_HOURS with the next opening as wakeAt', () => {
    const night = new Date('2026-06-01T03:00:00Z'); // Sunday 23:00 New York
    const actions = plan(snapshot({ now: night, campaigns: [campaign('A', { calendar: nineToFive, candidates: candidates('a', 2) })] }));
    assert.deepEqual(ids(actions), []);
    assert.deepEqual(runStates(actions).A, {
      type: 'runState',
      campaignId: 'A',
      state: RunState.OUTSIDE_HOURS,
      reason: null,
      wakeAt: new Date('2026-06-01T13:00:00Z'),
    });
  });

  it('is OUTSIDE_HOURS even with no candidates while the calendar is closed', () => {
    const night = new Date('2026-06-01T03:00:00Z');
    const actions = plan(snapshot({ now: night, campaigns: [campaign('A', { calendar: nineToFive })] }));
    assert.equal(runStates(actions).A?.state, RunState.OUTSIDE_HOURS);
    assert.deepEqual(runStates(actions).A?.wakeAt, new Date('2026-06-01T13:00:00Z'));
  });

  it('dials only recipients whose own zone is inside the window', () => {
    // 14:00Z = 10:00 New York, 07:00 Los Angeles.
    const list = [candidate('la', { timeZone: 'America/Los_Angeles' }), candidate('ny', { timeZone: 'America/New_York' })];
    const actions = plan(snapshot({ campaigns: [campaign('A', { calendar: nineToFive, candidates: list })] }));
    assert.deepEqual(ids(actions), ['ny']);
  });
});

describe('plan: priority and fair sharing', () => {
  const slots = (n: number) => ({
    maxTotal: n,
    maxInternal: null,
    maxExternal: null,
    callsPerSecond: null,
    maxActiveCampaigns: null,
  });

  it('serves higher priority first', () => {
    const actions = plan(
      snapshot({
        limits: slots(2),
        campaigns: [
          campaign('low', { priority: 1, candidates: candidates('l', 5) }),
          campaign('high', { priority: 5, candidates: candidates('h', 5) }),
        ],
      }),
    );
    assert.deepEqual(ids(actions), ['h1', 'h2']);
    assert.equal(runStates(actions).low?.state, RunState.BLOCKED);
  });

  it('lower priority gets what higher priority cannot use', () => {
    const actions = plan(
      snapshot({
        limits: slots(5),
        campaigns: [
          campaign('low', { priority: 1, candidates: candidates('l', 5) }),
          campaign('high', { priority: 5, candidates: candidates('h', 2) }),
        ],
      }),
    );
    assert.deepEqual(ids(actions).sort(), ['h1', 'h2', 'l1', 'l2', 'l3']);
  });

  it('equal priority: earlier start first, then round robin', () => {
    const actions = plan(
      snapshot({
        limits: slots(5),
        campaigns: [
          campaign('late', { startedAt: new Date('2026-06-01T10:00:00Z'), candidates: candidates('b', 5) }),
          campaign('early', { startedAt: new Date('2026-06-01T09:00:00Z'), candidates: candidates('a', 5) }),
        ],
      }),
    );
    assert.deepEqual(ids(actions), ['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  it('equal priority: slots go to the campaign with fewer calls', () => {
    const actions = plan(
      snapshot({
        limits: slots(4),
        inFlight: { internal: 0, external: 2 },
        campaigns: [
          campaign('busy', { inFlight: { internal: 0, external: 2 }, candidates: candidates('a', 5) }),
          campaign('quiet', { startedAt: new Date('2026-06-01T09:00:00Z'), candidates: candidates('b', 5) }),
        ],
      }),
    );
    assert.deepEqual(ids(actions), ['b1', 'b2']);
  });

  it('one slot a tick alternates between equal campaigns as calls accumulate', () => {
    const base = {
      limits: slots(1),
      campaigns: [campaign('A', { candidates: candidates('a', 3) }), campaign('B', { candidates: candidates('b', 3) })],
    };
    assert.deepEqual(ids(plan(snapshot(base))), ['a1']);
    const next = plan(
      snapshot({
        ...base,
        limits: slots(2),
        inFlight: { internal: 0, external: 1 },
        campaigns: [
          campaign('A', { inFlight: { internal: 0, external: 1 }, candidates: candidates('a', 3).slice(1) }),
          campaign('B', { candidates: candidates('b', 3) }),
        ],
      }),
    );
    assert.deepEqual(ids(next), ['b1']);
  });
});
