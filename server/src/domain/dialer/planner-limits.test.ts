import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RunState, RunStateReason } from '../campaign/run-state';
import { plan } from './planner';
import { T0, campaign, candidate, candidates, gateway, ids, originates, runStates, snapshot } from './planner.fixtures';

describe('plan: concurrency limits', () => {
  it('caps a campaign total', () => {
    const c = campaign('A', {
      limits: { maxTotal: 3, maxInternal: null, maxExternal: null, callsPerSecond: null },
      inFlight: { internal: 0, external: 1 },
      candidates: candidates('a', 5),
    });
    const actions = plan(snapshot({ inFlight: { internal: 0, external: 1 }, campaigns: [c] }));
    assert.deepEqual(ids(actions), ['a1', 'a2']);
    // It placed calls, but its own limit is what holds it now: AT_LIMIT, not a flicker of DIALING.
    assert.equal(runStates(actions).A?.state, RunState.AT_LIMIT);
    assert.equal(runStates(actions).A?.reason, RunStateReason.CAMPAIGN_CALLS);
  });

  it('external full still lets internal calls through; total still caps', () => {
    const list = [
      candidate('e1'),
      candidate('i1', { numbers: [{ number: '1001', priority: 0 }] }),
      candidate('e2'),
      candidate('i2', { numbers: [{ number: '1002', priority: 0 }] }),
      candidate('i3', { numbers: [{ number: '1003', priority: 0 }] }),
    ];
    const c = campaign('A', {
      limits: { maxTotal: 3, maxInternal: 2, maxExternal: 2, callsPerSecond: null },
      inFlight: { internal: 0, external: 2 },
      candidates: list,
    });
    const actions = plan(snapshot({ inFlight: { internal: 0, external: 2 }, campaigns: [c] }));
    assert.deepEqual(
      originates(actions).map((o) => [o.recipientId, o.direction]),
      [['i1', 'internal']],
    );
  });

  it('internal + external may sum above total', () => {
    const list = [
      candidate('e1'),
      candidate('i1', { numbers: [{ number: '1001', priority: 0 }] }),
      candidate('e2'),
      candidate('i2', { numbers: [{ number: '1002', priority: 0 }] }),
    ];
    const c = campaign('A', { limits: { maxTotal: 3, maxInternal: 2, maxExternal: 2, callsPerSecond: null }, candidates: list });
    assert.deepEqual(ids(plan(snapshot({ campaigns: [c] }))), ['e1', 'i1', 'e2']);
  });

  it('caps the global total across campaigns, counting calls of paused campaigns', () => {
    const actions = plan(
      snapshot({
        limits: { maxTotal: 3, maxInternal: null, maxExternal: null, callsPerSecond: null, maxActiveCampaigns: null },
        inFlight: { internal: 0, external: 2 },
        campaigns: [campaign('A', { candidates: candidates('a', 5) })],
      }),
    );
    assert.deepEqual(ids(actions), ['a1']);
  });

  it('respects the switch session cap', () => {
    const actions = plan(
      snapshot({
        switch: { up: true, sessionsPerSecond: null, maxSessions: 2, lastOriginateAt: null },
        campaigns: [campaign('A', { candidates: candidates('a', 5) })],
      }),
    );
    assert.deepEqual(ids(actions), ['a1', 'a2']);
  });

  it('is AT_LIMIT when its own limit stops every dialable recipient', () => {
    const c = campaign('A', {
      limits: { maxTotal: 0, maxInternal: null, maxExternal: null, callsPerSecond: null },
      candidates: candidates('a', 2),
    });
    assert.deepEqual(runStates(plan(snapshot({ campaigns: [c] }))).A, {
      type: 'runState',
      campaignId: 'A',
      state: RunState.AT_LIMIT,
      reason: RunStateReason.CAMPAIGN_CALLS,
      wakeAt: null,
    });
  });

  it('limits the number of active campaigns; holders keep their slot', () => {
    const limits = { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: null, maxActiveCampaigns: 1 };
    const fresh = plan(
      snapshot({
        limits,
        campaigns: [
          campaign('A', { priority: 2, candidates: candidates('a', 2) }),
          campaign('B', { priority: 1, candidates: candidates('b', 2) }),
        ],
      }),
    );
    assert.deepEqual(ids(fresh), ['a1', 'a2']);
    assert.equal(runStates(fresh).B?.state, RunState.BLOCKED);

    // B holds calls, A has higher priority: B drains, A waits for the slot.
    const draining = plan(
      snapshot({
        limits,
        inFlight: { internal: 0, external: 1 },
        campaigns: [
          campaign('A', { priority: 2, candidates: candidates('a', 2) }),
          campaign('B', { priority: 1, inFlight: { internal: 0, external: 1 }, candidates: candidates('b', 2) }),
        ],
      }),
    );
    assert.deepEqual(ids(draining), []);
    assert.equal(runStates(draining).A?.state, RunState.BLOCKED);
    assert.equal(runStates(draining).B?.state, RunState.BLOCKED);
  });

  it('waits for agents when the agent slots are used up', () => {
    const actions = plan(
      snapshot({
        campaigns: [
          campaign('A', { agentSlots: 1, candidates: candidates('a', 3) }),
          campaign('B', { agentSlots: 0, candidates: candidates('b', 3) }),
        ],
      }),
    );
    assert.deepEqual(ids(actions), ['a1']);
    // A placed its one call; what holds it now is its agents, like B.
    assert.equal(runStates(actions).A?.state, RunState.WAITING_AGENTS);
    assert.equal(runStates(actions).B?.state, RunState.WAITING_AGENTS);
  });
});

describe('plan: gateways', () => {
  it('uses the first gateway with room and the next when it is full or down', () => {
    const actions = plan(
      snapshot({
        gateways: [gateway('g1', { maxConcurrent: 1 }), gateway('g2', { state: 'DOWN' }), gateway('g3', { maxConcurrent: 2, inFlight: 1 })],
        campaigns: [campaign('A', { gatewayIds: ['g1', 'g2', 'g3', 'missing'], candidates: candidates('a', 4) })],
      }),
    );
    assert.deepEqual(
      originates(actions).map((o) => [o.recipientId, o.gatewayId]),
      [
        ['a1', 'g1'],
        ['a2', 'g3'],
      ],
    );
    assert.equal(runStates(actions).A?.state, RunState.BLOCKED);
    assert.equal(runStates(actions).A?.reason, RunStateReason.GATEWAY_CALLS);
  });

  it('is SWITCH_DOWN (recipients stay ready) when every gateway is down', () => {
    const actions = plan(
      snapshot({
        gateways: [gateway('g1', { state: 'DOWN' })],
        campaigns: [campaign('A', { gatewayIds: ['g1'], candidates: candidates('a', 2) })],
      }),
    );
    assert.deepEqual(ids(actions), []);
    assert.equal(runStates(actions).A?.state, RunState.SWITCH_DOWN);
    assert.equal(runStates(actions).A?.reason, RunStateReason.GATEWAYS_DOWN);
  });

  it('internal calls need no gateway', () => {
    const actions = plan(
      snapshot({
        gateways: [gateway('g1', { state: 'DOWN' })],
        campaigns: [campaign('A', { gatewayIds: ['g1'], candidates: [candidate('i', { numbers: [{ number: '2001', priority: 0 }] })] })],
      }),
    );
    assert.deepEqual(
      originates(actions).map((o) => [o.recipientId, o.gatewayId, o.direction]),
      [['i', null, 'internal']],
    );
  });
});

describe('plan: calls per second', () => {
  it('spreads global cps evenly inside the tick', () => {
    const actions = plan(
      snapshot({
        tickSeconds: 2,
        limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: 2, maxActiveCampaigns: null },
        campaigns: [campaign('A', { candidates: candidates('a', 10) })],
      }),
    );
    assert.deepEqual(
      originates(actions).map((o) => o.at.getTime() - T0.getTime()),
      [0, 500, 1000, 1500],
    );
    assert.equal(runStates(actions).A?.state, RunState.PACED);
    assert.equal(runStates(actions).A?.reason, RunStateReason.TENANT_SPEED);
    assert.deepEqual(runStates(actions).A?.wakeAt, new Date(T0.getTime() + 2000));
  });

  it('continues the spacing from the last call of the previous tick', () => {
    const actions = plan(
      snapshot({
        limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: 4, maxActiveCampaigns: null },
        lastOriginateAt: new Date(T0.getTime() - 100),
        campaigns: [campaign('A', { candidates: candidates('a', 10) })],
      }),
    );
    assert.deepEqual(
      originates(actions).map((o) => o.at.getTime() - T0.getTime()),
      [150, 400, 650, 900],
    );
  });

  it('applies campaign, gateway and switch rates', () => {
    const campaignRate = plan(
      snapshot({
        campaigns: [
          campaign('A', {
            limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: 1 },
            candidates: candidates('a', 5),
          }),
          campaign('B', { candidates: candidates('b', 2) }),
        ],
      }),
    );
    assert.deepEqual(ids(campaignRate), ['a1', 'b1', 'b2']);

    const gatewayRate = plan(
      snapshot({
        gateways: [gateway('g1', { callsPerSecond: 2 }), gateway('g2', { callsPerSecond: 2 })],
        campaigns: [campaign('A', { gatewayIds: ['g1', 'g2'], candidates: candidates('a', 9) })],
      }),
    );
    assert.deepEqual(
      originates(gatewayRate).map((o) => [o.gatewayId, o.at.getTime() - T0.getTime()]),
      [
        ['g1', 0],
        ['g2', 0],
        ['g1', 500],
        ['g2', 500],
      ],
    );

    const switchRate = plan(
      snapshot({
        switch: { up: true, sessionsPerSecond: 3, maxSessions: null, lastOriginateAt: null },
        campaigns: [campaign('A', { candidates: candidates('a', 9) })],
      }),
    );
    assert.equal(ids(switchRate).length, 3);
  });

  it('a broken tick length or clock never disables pacing', () => {
    const limits = { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: 1, maxActiveCampaigns: null };
    const campaigns = [campaign('A', { candidates: candidates('a', 5) })];
    for (const tickSeconds of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0]) {
      assert.equal(ids(plan(snapshot({ tickSeconds, limits, campaigns }))).length, 1, String(tickSeconds));
    }
    assert.equal(ids(plan(snapshot({ limits, campaigns, lastOriginateAt: new Date(Number.NaN) }))).length, 1);
    assert.deepEqual(plan(snapshot({ now: new Date(Number.NaN), campaigns })), []);
  });

  it('a zero rate dials nothing and is PACED by that rate', () => {
    const actions = plan(
      snapshot({
        limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: 0, maxActiveCampaigns: null },
        campaigns: [campaign('A', { candidates: candidates('a', 2) })],
      }),
    );
    assert.deepEqual(ids(actions), []);
    assert.deepEqual(runStates(actions).A, {
      type: 'runState',
      campaignId: 'A',
      state: RunState.PACED,
      reason: RunStateReason.TENANT_SPEED,
      wakeAt: null,
    });
  });
});
