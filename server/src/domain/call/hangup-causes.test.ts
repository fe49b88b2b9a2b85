import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CallOutcome } from './call-outcome';
import { HANGUP_CAUSE_CODES, causeFromQ850, classifyHangup, isKnownHangupCause, normalizeCause, q850Code } from './hangup-causes';

const unanswered = (cause: string) => classifyHangup({ cause, answered: false, billSeconds: 0 });

describe('normalizeCause', () => {
  it('strips the bgapi -ERR prefix, whitespace and case', () => {
    assert.equal(normalizeCause('-ERR USER_BUSY\n'), 'USER_BUSY');
    assert.equal(normalizeCause('  no_answer '), 'NO_ANSWER');
    assert.equal(normalizeCause(null), '');
    assert.equal(normalizeCause(undefined), '');
  });
});

describe('Q.850 table', () => {
  it('knows the common causes', () => {
    assert.equal(q850Code('NORMAL_CLEARING'), 16);
    assert.equal(q850Code('USER_BUSY'), 17);
    assert.equal(q850Code('NO_USER_RESPONSE'), 18);
    assert.equal(q850Code('NO_ANSWER'), 19);
    assert.equal(q850Code('CALL_REJECTED'), 21);
    assert.equal(q850Code('UNALLOCATED_NUMBER'), 1);
    assert.equal(q850Code('NO_ROUTE_DESTINATION'), 3);
    assert.equal(q850Code('DESTINATION_OUT_OF_ORDER'), 27);
    assert.equal(q850Code('INVALID_NUMBER_FORMAT'), 28);
    assert.equal(q850Code('NORMAL_CIRCUIT_CONGESTION'), 34);
    assert.equal(q850Code('SWITCH_CONGESTION'), 42);
    assert.equal(q850Code('CHAN_NOT_IMPLEMENTED'), 66);
    assert.equal(q850Code('RECOVERY_ON_TIMER_EXPIRE'), 102);
  });

  it('has no Q.850 code for FreeSWITCH-only or unknown causes', () => {
    assert.equal(q850Code('ORIGINATOR_CANCEL'), null);
    assert.equal(q850Code('GATEWAY_DOWN'), null);
    assert.equal(q850Code('MEDIA_TIMEOUT'), null);
    assert.equal(q850Code('NOT_A_CAUSE'), null);
    assert.equal(q850Code('UNSPECIFIED'), null);
  });

  it('maps codes back to names and rejects out-of-range codes', () => {
    assert.equal(causeFromQ850(17), 'USER_BUSY');
    assert.equal(causeFromQ850(1), 'UNALLOCATED_NUMBER');
    assert.equal(causeFromQ850(487), null);
    assert.equal(causeFromQ850(0), null);
    assert.equal(causeFromQ850(1.5), null);
    assert.equal(causeFromQ850(4), null);
  });

  it('round-trips every Q.850 code in the table', () => {
    for (const [name, code] of Object.entries(HANGUP_CAUSE_CODES)) {
      if (code < 1 || code > 127) continue;
      assert.equal(causeFromQ850(code), name);
    }
  });

  it('recognises known cause names in any spelling', () => {
    assert.equal(isKnownHangupCause('user_busy'), true);
    assert.equal(isKnownHangupCause('GATEWAY_DOWN'), true);
    assert.equal(isKnownHangupCause('USER_BUSSY'), false);
  });
});

describe('classifyHangup, unanswered', () => {
  const cases: Array<[string, CallOutcome]> = [
    ['USER_BUSY', CallOutcome.BUSY],
    ['NO_ANSWER', CallOutcome.NO_ANSWER],
    ['NO_USER_RESPONSE', CallOutcome.NO_ANSWER],
    ['PROGRESS_TIMEOUT', CallOutcome.NO_ANSWER],
    ['ORIGINATOR_CANCEL', CallOutcome.CANCEL],
    ['NORMAL_CIRCUIT_CONGESTION', CallOutcome.CONGESTION],
    ['SWITCH_CONGESTION', CallOutcome.CONGESTION],
    ['NORMAL_TEMPORARY_FAILURE', CallOutcome.CONGESTION],
    ['RECOVERY_ON_TIMER_EXPIRE', CallOutcome.CONGESTION],
    ['MEDIA_TIMEOUT', CallOutcome.CONGESTION],
    ['UNALLOCATED_NUMBER', CallOutcome.INVALID_NUMBER],
    ['INVALID_NUMBER_FORMAT', CallOutcome.INVALID_NUMBER],
    ['NUMBER_CHANGED', CallOutcome.INVALID_NUMBER],
    ['CALL_REJECTED', CallOutcome.REJECTED],
    ['NO_ROUTE_DESTINATION', CallOutcome.NOROUTE],
    ['NO_ROUTE_TRANSIT_NET', CallOutcome.NOROUTE],
    ['CHAN_NOT_IMPLEMENTED', CallOutcome.CHANUNAVAIL],
    ['DESTINATION_OUT_OF_ORDER', CallOutcome.CHANUNAVAIL],
    ['SUBSCRIBER_ABSENT', CallOutcome.CHANUNAVAIL],
    ['USER_NOT_REGISTERED', CallOutcome.CHANUNAVAIL],
    ['GATEWAY_DOWN', CallOutcome.CHANUNAVAIL],
    ['INVALID_GATEWAY', CallOutcome.INVALID_GATEWAY],
    ['INVALID_PROFILE', CallOutcome.INVALID_GATEWAY],
    ['CRASH', CallOutcome.INTERRUPTED],
    ['SYSTEM_SHUTDOWN', CallOutcome.INTERRUPTED],
    ['-ERR USER_BUSY\n', CallOutcome.BUSY],
    ['no_answer', CallOutcome.NO_ANSWER],
  ];
  for (const [cause, expected] of cases) {
    it(`${JSON.stringify(cause)} -> ${expected}`, () => {
      assert.equal(unanswered(cause), expected);
    });
  }

  it('treats a missing cause as an interrupted call', () => {
    assert.equal(classifyHangup({ cause: null, answered: false }), CallOutcome.INTERRUPTED);
    assert.equal(classifyHangup({ cause: '', answered: false }), CallOutcome.INTERRUPTED);
  });

  it('treats unanswered NORMAL_CLEARING as no answer', () => {
    assert.equal(unanswered('NORMAL_CLEARING'), CallOutcome.NO_ANSWER);
  });

  it('uses the Q.850 code when the cause name is generic', () => {
    assert.equal(classifyHangup({ cause: 'NORMAL_UNSPECIFIED', q850: 17, answered: false }), CallOutcome.BUSY);
    assert.equal(classifyHangup({ cause: '', q850: 1, answered: false }), CallOutcome.INVALID_NUMBER);
  });

  it('uses the SIP status when cause and code say nothing', () => {
    const sip = (sipStatus: number) => classifyHangup({ cause: 'NORMAL_CLEARING', q850: 16, sipStatus, answered: false });
    assert.equal(sip(486), CallOutcome.BUSY);
    assert.equal(sip(480), CallOutcome.NO_ANSWER);
    assert.equal(sip(404), CallOutcome.INVALID_NUMBER);
    assert.equal(sip(603), CallOutcome.REJECTED);
    assert.equal(sip(503), CallOutcome.CONGESTION);
    assert.equal(sip(487), CallOutcome.CANCEL);
    assert.equal(sip(299), CallOutcome.NO_ANSWER);
    assert.equal(classifyHangup({ cause: '', sipStatus: 486, answered: false }), CallOutcome.BUSY);
  });

  it('prefers the specific cause over the SIP status', () => {
    assert.equal(classifyHangup({ cause: 'USER_BUSY', sipStatus: 404, answered: false }), CallOutcome.BUSY);
  });

  it('classifies unknown causes as channel unavailable', () => {
    assert.equal(unanswered('SOMETHING_NEW'), CallOutcome.CHANUNAVAIL);
    assert.equal(unanswered('PROTOCOL_ERROR'), CallOutcome.CHANUNAVAIL);
  });
});

describe('classifyHangup, answered', () => {
  it('is ANSWERED whatever the cause', () => {
    for (const cause of ['NORMAL_CLEARING', 'ORIGINATOR_CANCEL', 'MEDIA_TIMEOUT', 'USER_BUSY', '']) {
      assert.equal(classifyHangup({ cause, answered: true, billSeconds: 12 }), CallOutcome.ANSWERED);
    }
  });

  it('counts positive bill seconds as answered even without the flag', () => {
    assert.equal(classifyHangup({ cause: 'NORMAL_CLEARING', answered: false, billSeconds: 3 }), CallOutcome.ANSWERED);
  });

  it('applies the AMD verdict', () => {
    const amd = (amdResult: string | null) => classifyHangup({ cause: 'NORMAL_CLEARING', answered: true, billSeconds: 20, amdResult });
    assert.equal(amd('MACHINE'), CallOutcome.MACHINE);
    assert.equal(amd('machine'), CallOutcome.MACHINE);
    assert.equal(amd('VOICEMAIL'), CallOutcome.MACHINE);
    assert.equal(amd('FAX'), CallOutcome.FAX);
    assert.equal(amd('HUMAN'), CallOutcome.ANSWERED);
    assert.equal(amd('NOTSURE'), CallOutcome.ANSWERED);
    assert.equal(amd(null), CallOutcome.ANSWERED);
  });
});
