import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SwitchHarness } from '../testing/harness';

/** Every outcome of the simulator's model, through the production adapter over real TCP. */
describe('FreeSWITCH adapter against the simulator: outcomes', () => {
  let h: SwitchHarness;
  before(async () => {
    h = await SwitchHarness.start({ timeScale: 20 });
    h.sim.setRules([
      { match: '100', outcome: 'answer' },
      { match: '101', outcome: 'busy' },
      { match: '102', outcome: 'no-answer' },
      { match: '103', outcome: 'congestion' },
      { match: '104', outcome: 'unallocated' },
      { match: '105', outcome: 'rejected' },
      { match: '106', outcome: 'machine' },
      { match: '107', outcome: 'fax' },
      { match: '108', outcome: 'press-1' },
      { match: '109', outcome: 'press-9' },
      { match: '110', outcome: { ringSec: 6, talkSec: 4 } },
      { match: /^2\d\d$/, outcome: { base: 'busy', ringSec: 0.5 } },
    ]);
  });
  after(() => h.close());

  it('answer: ringing, answered, job +OK; Pacer hangs up with NORMAL_CLEARING', async () => {
    const id = await h.call('100');
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    await h.adapter.hangup(id);
    const end = await h.ended(id);
    assert.deepEqual(h.typesFor(id), ['originated', 'ringing', 'answered', 'job-result', 'hangup']);
    assert.equal(h.event(id, 'job-result')?.ok, true);
    assert.ok(end.type === 'hangup');
    assert.equal(end.cause, 'NORMAL_CLEARING');
    assert.equal(end.q850, 16);
    assert.equal(end.sipStatus, 200);
    assert.ok(end.answeredAt && end.ringingAt);
  });

  const failures: Array<[string, string, string, number]> = [
    ['busy', '101', 'USER_BUSY', 17],
    ['no answer', '102', 'NO_ANSWER', 19],
    ['congestion', '103', 'NORMAL_CIRCUIT_CONGESTION', 34],
    ['unallocated', '104', 'UNALLOCATED_NUMBER', 1],
    ['rejected', '105', 'CALL_REJECTED', 21],
  ];
  for (const [name, number, cause, q850] of failures) {
    it(`${name}: hangup ${cause} (Q.850 ${q850}) and a failed job`, async () => {
      const id = await h.call(number, { ringTimeoutSec: 5 });
      const end = await h.ended(id);
      await h.until(() => h.event(id, 'job-result') !== undefined, 'job');
      assert.ok(end.type === 'hangup', `got ${end.type}`);
      assert.equal(end.cause, cause);
      assert.equal(end.q850, q850);
      assert.equal(end.billSeconds, 0);
      assert.equal(end.answeredAt, undefined);
      assert.deepEqual(h.event(id, 'job-result')?.cause, cause);
      assert.equal(h.eventsFor(id).filter((e) => e.type === 'hangup').length, 1);
    });
  }

  it('no answer waits for the ring timeout (simulated seconds)', async () => {
    const id = await h.call('102', { ringTimeoutSec: 10 });
    const end = await h.ended(id);
    assert.ok(end.type === 'hangup');
    // Simulated seconds from whole-second epochs (a call created at x.9 s and ended 10 s later
    // reads 9 or 10), and a loaded machine may fire the real timer a little late.
    assert.ok(end.durationSeconds >= 9 && end.durationSeconds <= 11, `duration ${end.durationSeconds}`);
    assert.ok(end.ringingAt, 'ringing shows as progress_epoch');
  });

  for (const [number, result] of [
    ['106', 'machine'],
    ['107', 'fax'],
    ['100', 'human'],
  ] as const) {
    it(`AMD reports ${result}`, async () => {
      const id = await h.call(number, { detectMachine: true });
      await h.until(() => h.event(id, 'amd') !== undefined, 'amd');
      assert.equal(h.event(id, 'amd')?.result, result);
      await h.adapter.hangup(id).catch(() => undefined);
      await h.ended(id);
    });
  }

  for (const [number, digit] of [
    ['108', '1'],
    ['109', '9'],
  ] as const) {
    it(`press ${digit}: a DTMF event after answer`, async () => {
      const id = await h.call(number);
      await h.adapter.collectDtmf(id);
      await h.until(() => h.event(id, 'dtmf') !== undefined, 'dtmf');
      assert.equal(h.event(id, 'dtmf')?.digit, digit);
      await h.adapter.hangup(id);
      await h.ended(id);
    });
  }

  it('answer after N s and callee hangs up after N s: billsec is the talk time', async () => {
    const id = await h.call('110');
    const end = await h.ended(id);
    assert.ok(end.type === 'hangup');
    assert.equal(end.cause, 'NORMAL_CLEARING');
    assert.ok(end.billSeconds >= 4 && end.billSeconds <= 5, `billsec ${end.billSeconds}`);
    assert.ok(end.durationSeconds >= 10 && end.durationSeconds <= 11, `duration ${end.durationSeconds}`);
  });

  it('job and hangup in both orders give the same typed result', async () => {
    const jobFirst = await h.call('201', { variables: { sim_job_order: 'job-first' } });
    const hangupFirst = await h.call('202', { variables: { sim_job_order: 'hangup-first' } });
    await h.ended(jobFirst);
    await h.ended(hangupFirst);
    await h.until(() => h.event(hangupFirst, 'job-result') !== undefined, 'late job');
    assert.deepEqual(h.typesFor(jobFirst), ['originated', 'ringing', 'job-result', 'hangup']);
    assert.deepEqual(h.typesFor(hangupFirst), ['originated', 'ringing', 'hangup', 'job-result']);
    for (const id of [jobFirst, hangupFirst]) {
      const end = h.terminalFor(id);
      assert.ok(end?.type === 'hangup' && end.cause === 'USER_BUSY');
    }
  });

  it('gateway down and unknown gateway: BACKGROUND_JOB-only failures become originate-failed', async () => {
    h.sim.setGateway('gwdown', 'down');
    const down = await h.call('100', { dialString: 'sofia/gateway/gwdown/{number}' });
    const unknown = await h.call('100', { dialString: 'sofia/gateway/nosuch/{number}' });
    const errorEp = await h.call('x', { dialString: 'error/user_busy' });
    for (const [id, cause] of [
      [down, 'GATEWAY_DOWN'],
      [unknown, 'INVALID_GATEWAY'],
      [errorEp, 'USER_BUSY'],
    ]) {
      const end = await h.ended(id);
      assert.deepEqual(h.typesFor(id), ['originated', 'job-result', 'originate-failed']);
      assert.ok(end.type === 'originate-failed' && end.cause === cause, `${cause}: ${JSON.stringify(end)}`);
    }
  });

  it('loopback: the -b leg is ignored, events are not duplicated', async () => {
    const id = await h.call('100', { dialString: 'loopback/{number}/default' });
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    await h.adapter.hangup(id);
    await h.ended(id);
    assert.deepEqual(h.typesFor(id), ['originated', 'ringing', 'answered', 'job-result', 'hangup']);
    const hangup = h.event(id, 'hangup');
    assert.equal(hangup?.sipStatus, undefined);
  });

  it('caller ID, variables and origination_uuid reach the switch', async () => {
    const id = await h.call('100', { callerIdNumber: '+15550100', callerIdName: 'Pacer Demo', variables: { campaign: 'c1' } });
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    const live = await h.adapter.liveCalls();
    const mine = live.find((c) => c.callId === id);
    assert.equal(mine?.callerIdNumber, '+15550100');
    assert.equal(mine?.destination, '100');
    await h.adapter.hangup(id, 'NORMAL_CLEARING');
    await h.ended(id);
  });
});
