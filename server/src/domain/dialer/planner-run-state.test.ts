import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RunState, RunStateReason } from '../campaign/run-state';
import { plan } from './planner';
import { T0, campaign, candidates, gateway, ids, runStates, snapshot } from './planner.fixtures';

// Issue 19: a run state names what holds the campaign, and its reason names the limit.
describe('plan: run state reasons', () => {
  it('is BLOCKED, with the limit named, when the tenant holds it', () => {
    const c = campaign('A', { candidates: candidates('a', 2) });
    const external = campaign('B', {
      limits: { maxTotal: null, maxInternal: null, maxExternal: 0, callsPerSecond: null },
      candidates: candidates('b', 1),
    });
    const actions = plan(
      snapshot({
        limits: { maxTotal: 2, maxInternal: null, maxExternal: null, callsPerSecond: null, maxActiveCampaigns: null },
        inFlight: { internal: 0, external: 2 },
        campaigns: [c, external],
      }),
    );
    assert.deepEqual(ids(actions), []);
    assert.equal(runStates(actions).A?.state, RunState.BLOCKED);
    assert.equal(runStates(actions).A?.reason, RunStateReason.TENANT_CALLS);
    assert.equal(runStates(actions).B?.state, RunState.BLOCKED);
  });

  it("is PACED by the gateway's speed when the gateway is what spaces the calls", () => {
    const actions = plan(
      snapshot({
        gateways: [gateway('g1', { callsPerSecond: 1 })],
        campaigns: [campaign('A', { gatewayIds: ['g1'], candidates: candidates('a', 3) })],
      }),
    );
    assert.deepEqual(ids(actions), ['a1']);
    assert.equal(runStates(actions).A?.state, RunState.PACED);
    assert.equal(runStates(actions).A?.reason, RunStateReason.GATEWAY_SPEED);
  });

  it("is PACED by the campaign's own speed, and by the switch's", () => {
    const own = plan(
      snapshot({
        campaigns: [
          campaign('A', {
            limits: { maxTotal: null, maxInternal: null, maxExternal: null, callsPerSecond: 1 },
            candidates: candidates('a', 3),
          }),
        ],
      }),
    );
    assert.deepEqual(ids(own), ['a1']);
    assert.equal(runStates(own).A?.state, RunState.PACED);
    assert.equal(runStates(own).A?.reason, RunStateReason.CAMPAIGN_SPEED);
    const sw = plan(
      snapshot({
        switch: { up: true, sessionsPerSecond: 1, maxSessions: null, lastOriginateAt: T0 },
        campaigns: [campaign('A', { candidates: candidates('a', 3) })],
      }),
    );
    assert.deepEqual(ids(sw), []);
    assert.equal(runStates(sw).A?.reason, RunStateReason.SWITCH_SPEED);
  });
});
