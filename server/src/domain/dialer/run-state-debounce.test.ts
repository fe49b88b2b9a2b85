import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RunState, RunStateReason } from '../campaign/run-state';
import { debounceRunState, RUN_STATE_HOLD_MS, type PendingRunState, type RunStateView } from './run-state-debounce';

const view = (state: RunState, reason: RunStateReason | null = null): RunStateView => ({ state, reason });

/** Feeds `seen` one tick at a time (tickMs apart) and returns what was published, with when. */
function run(start: RunStateView | null, seen: RunStateView[], tickMs: number): Array<{ at: number; v: RunStateView }> {
  let published = start;
  let pending: PendingRunState | null = null;
  const out: Array<{ at: number; v: RunStateView }> = [];
  seen.forEach((v, i) => {
    const step = debounceRunState(published, pending, v, i * tickMs);
    pending = step.pending;
    if (step.publish) {
      published = step.publish;
      out.push({ at: i * tickMs, v: step.publish });
    }
  });
  return out;
}

describe('run state debounce', () => {
  it('publishes a new state once it has held for a second, not before', () => {
    const seen = Array.from({ length: 8 }, () => view(RunState.DIALING));
    assert.deepEqual(run(view(RunState.IDLE), seen, 250), [{ at: 1000, v: view(RunState.DIALING) }]);
  });

  it('a state that flickers back is never published', () => {
    const flicker = Array.from({ length: 240 }, (_, i) =>
      i % 3 === 0 ? view(RunState.DIALING) : view(RunState.AT_LIMIT, RunStateReason.CAMPAIGN_CALLS),
    );
    assert.deepEqual(run(view(RunState.AT_LIMIT, RunStateReason.CAMPAIGN_CALLS), flicker, 250), []);
  });

  it('a reason change is a change', () => {
    const seen = Array.from({ length: 6 }, () => view(RunState.PACED, RunStateReason.GATEWAY_SPEED));
    assert.deepEqual(run(view(RunState.PACED, RunStateReason.CAMPAIGN_SPEED), seen, 250), [
      { at: 1000, v: view(RunState.PACED, RunStateReason.GATEWAY_SPEED) },
    ]);
  });

  it('60 s of the old BLOCKED <-> DIALING flip at the limit publishes at most one change', () => {
    // What issue 19 measured: the raw view alternating every tick (20 messages in 10 s before).
    const alternating = Array.from({ length: 240 }, (_, i) => (i % 2 ? view(RunState.DIALING) : view(RunState.BLOCKED)));
    const published = run(view(RunState.IDLE), alternating, 250);
    assert.ok(published.length <= 1, JSON.stringify(published));
  });

  it('publishes from null (a fresh start) after the hold too', () => {
    const step = debounceRunState(null, null, view(RunState.IDLE), 0);
    assert.equal(step.publish, null);
    assert.deepEqual(debounceRunState(null, step.pending, view(RunState.IDLE), RUN_STATE_HOLD_MS).publish, view(RunState.IDLE));
  });

  it('a view that changes every tick still replaces the start\'s IDLE within the hold, then holds (the console read "Idle" while dialing)', () => {
    const cycle = [
      view(RunState.DIALING),
      view(RunState.PACED, RunStateReason.CAMPAIGN_SPEED),
      view(RunState.AT_LIMIT, RunStateReason.CAMPAIGN_CALLS),
      view(RunState.AT_LIMIT, RunStateReason.CAMPAIGN_CALLS),
    ];
    const seen = Array.from({ length: 600 }, (_, i) => cycle[i % cycle.length] as RunStateView);
    const published = run(view(RunState.IDLE), seen, 100);
    assert.deepEqual(published[0], { at: 1000, v: view(RunState.AT_LIMIT, RunStateReason.CAMPAIGN_CALLS) });
    assert.equal(published.length, 1, JSON.stringify(published));
  });

  it('a view seen more than twice as often as the published one takes over; rarer ones do not', () => {
    const mostlyPaced = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 0 ? view(RunState.DIALING) : view(RunState.PACED, RunStateReason.CAMPAIGN_SPEED),
    );
    assert.deepEqual(run(view(RunState.DIALING), mostlyPaced, 250)[0]?.v, view(RunState.PACED, RunStateReason.CAMPAIGN_SPEED));
    const halfPaced = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0 ? view(RunState.DIALING) : view(RunState.PACED, RunStateReason.CAMPAIGN_SPEED),
    );
    assert.deepEqual(run(view(RunState.DIALING), halfPaced, 250), []);
  });
});
