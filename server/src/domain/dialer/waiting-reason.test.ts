import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CampaignStatus } from '../campaign/campaign-status';
import { RunState, RunStateReason } from '../campaign/run-state';
import { RecipientState } from '../recipient/recipient-state';
import { candidateGate } from './candidate-gate';
import type { PlannerCandidate } from './planner-types';
import { campaignWait, waitingReasonOf, WaitingReason, type CampaignSide } from './waiting-reason';

const NOW = new Date('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;
const running: CampaignSide = { status: CampaignStatus.RUNNING, runState: RunState.DIALING, runStateReason: null };

const candidate = (over: Partial<PlannerCandidate> = {}): PlannerCandidate => ({
  recipientId: '1',
  state: RecipientState.READY,
  numbers: [{ number: '+493012345678', priority: 0, stopped: false }],
  numberCursor: 0,
  ...over,
});

describe('waitingReasonOf (pure)', () => {
  test('a dialable recipient takes its campaign’s answer: running, a limit, agents, not running', () => {
    assert.equal(campaignWait(running).reason, WaitingReason.DIALING_NEXT);
    assert.deepEqual(campaignWait({ ...running, runState: RunState.PACED, runStateReason: RunStateReason.GATEWAY_SPEED }), {
      reason: WaitingReason.LIMIT,
      until: null,
      zone: null,
      limit: RunStateReason.GATEWAY_SPEED,
    });
    assert.equal(campaignWait({ ...running, runState: RunState.WAITING_AGENTS }).reason, WaitingReason.WAITING_FOR_AGENT);
    const start = new Date(NOW.getTime() + HOUR);
    assert.deepEqual(
      [campaignWait({ status: CampaignStatus.SCHEDULED, runState: null, runStateReason: null, scheduledAt: start })].map((w) => [
        w.reason,
        w.until,
      ]),
      [[WaitingReason.CAMPAIGN_NOT_RUNNING, start]],
    );
  });

  test('the later of its own not-before and the abandon rest names the reason', () => {
    const gate = candidateGate({ calendar: null, callingHours: null, abandonRestMs: 72 * HOUR }, NOW);
    const abandoned = new Date(NOW.getTime() - 71 * HOUR);
    const rest = waitingReasonOf(gate, gate.judge(candidate({ lastAbandonedAt: abandoned })), running, NOW);
    assert.deepEqual([rest?.reason, rest?.until], [WaitingReason.ABANDON_REST, new Date(abandoned.getTime() + 72 * HOUR)]);
    const own = new Date(NOW.getTime() + 5 * HOUR);
    const later = waitingReasonOf(gate, gate.judge(candidate({ lastAbandonedAt: abandoned, notBefore: own })), running, NOW);
    assert.deepEqual([later?.reason, later?.until], [WaitingReason.NOT_BEFORE, own]);
  });

  test('in a call or final: no waiting reason', () => {
    const gate = candidateGate({ calendar: null, callingHours: null, abandonRestMs: null }, NOW);
    for (const state of [RecipientState.DIALING, RecipientState.IN_CALL, RecipientState.CONTACTED, RecipientState.FAILED]) {
      assert.equal(waitingReasonOf(gate, gate.judge(candidate({ state })), running, NOW), null, state);
    }
  });

  test('US_TSR hours in every zone of its numbers: the closed zone and the hour they open', () => {
    const gate = candidateGate({ calendar: null, callingHours: { start: '08:00', end: '21:00' }, abandonRestMs: null }, NOW);
    // 12:00 UTC: 08:00 in New York (open), 05:00 in Los Angeles (closed until 08:00 = 15:00 UTC).
    const w = waitingReasonOf(gate, gate.judge(candidate({ numberZones: ['America/New_York', 'America/Los_Angeles'] })), running, NOW);
    assert.deepEqual(
      [w?.reason, w?.zone, w?.until?.toISOString()],
      [WaitingReason.OUTSIDE_HOURS, 'America/Los_Angeles', '2026-06-01T15:00:00.000Z'],
    );
  });
});
