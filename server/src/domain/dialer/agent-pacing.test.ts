import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DialingMode } from '../campaign/campaign-type';
import { agentSlots, predictiveSettingsSchema, queueMultiplierSchema } from './agent-pacing';

describe('agentSlots', () => {
  it('is null for campaigns not paced by agents', () => {
    assert.equal(agentSlots(null, { freeAgents: 5, callsPending: 0 }), null);
  });

  it('preview never dials by itself', () => {
    assert.equal(agentSlots(DialingMode.PREVIEW, { freeAgents: 5, callsPending: 0 }), 0);
  });

  it('progressive dials one call per free agent minus pending calls', () => {
    assert.equal(agentSlots(DialingMode.PROGRESSIVE, { freeAgents: 3, callsPending: 1 }), 2);
    assert.equal(agentSlots(DialingMode.PROGRESSIVE, { freeAgents: 1, callsPending: 4 }), 0);
    assert.equal(agentSlots(DialingMode.PROGRESSIVE, { freeAgents: -2, callsPending: 0 }), 0);
  });

  it('queue-watch multiplies free agents', () => {
    assert.equal(agentSlots(DialingMode.QUEUE_WATCH, { freeAgents: 4, callsPending: 1, multiplier: 1.5 }), 5);
    assert.equal(agentSlots(DialingMode.QUEUE_WATCH, { freeAgents: 3, callsPending: 0 }), 3);
    assert.equal(agentSlots(DialingMode.QUEUE_WATCH, { freeAgents: 3, callsPending: 0, multiplier: 0.5 }), 1);
  });

  it('predictive: one call per free agent until the window says more, pending calls count', () => {
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 2, callsPending: 0 }), 2);
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 2, callsPending: 1 }), 1);
    // 30 dialed but 15 still ringing: 15 settled calls are too few to trust a hit rate.
    const young = { dialed: 30, humanAnswered: 5, abandoned: 0 };
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 20, callsPending: 15, stats: young }), 5);
  });

  it('predictive: a large free pool overdials, abandons above the target bring it back to 1:1', () => {
    const stats = { dialed: 3000, humanAnswered: 900, abandoned: 0 };
    const slots = agentSlots(DialingMode.PREDICTIVE, { freeAgents: 10, callsPending: 2, stats }) ?? 0;
    assert.ok(slots > 10 - 2 && slots <= 30 - 2, `${slots}`);
    const abandoning = { ...stats, abandoned: 30 };
    assert.equal(agentSlots(DialingMode.PREDICTIVE, { freeAgents: 10, callsPending: 2, stats: abandoning }), 8);
  });

  it('predictive: agents finishing wrap-up get calls before they are free', () => {
    const stats = { dialed: 3000, humanAnswered: 900, abandoned: 0, avgAnswerSeconds: 15, avgTalkSeconds: 120 };
    const input = { freeAgents: 0, callsPending: 0, stats, wrapUpSeconds: 10 };
    assert.equal(agentSlots(DialingMode.PREDICTIVE, input), 0);
    assert.ok((agentSlots(DialingMode.PREDICTIVE, { ...input, wrapUpLeftSeconds: [1, 2, 3] }) ?? 0) >= 3);
    assert.ok((agentSlots(DialingMode.PREDICTIVE, { ...input, agentsOnCall: 100 }) ?? 0) >= 3);
  });
});

describe('settings schemas', () => {
  it('defaults and bounds', () => {
    assert.deepEqual(predictiveSettingsSchema.parse({}), { abandonTarget: 0.03, maxDialRatio: 3 });
    assert.equal(predictiveSettingsSchema.safeParse({ abandonTarget: 0 }).success, false);
    assert.equal(predictiveSettingsSchema.safeParse({ maxDialRatio: 0.5 }).success, false);
    assert.equal(queueMultiplierSchema.parse(undefined), 1);
    assert.equal(queueMultiplierSchema.safeParse(0).success, false);
  });
});
