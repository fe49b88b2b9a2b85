import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CampaignType, DialingMode } from '../campaign/campaign-type';
import { ABANDON_LIMIT } from './abandon-rate';
import { ABANDON_MESSAGE } from './abandon-message';
import { CALLING_HOURS } from './calling-hours';
import { ComplianceProfile as P, DEFAULT_COMPLIANCE_PROFILE, effectiveProfile } from './compliance-profile';
import { abandonRestMs } from './repeat-after-abandon';
import type { ComplianceFacts } from './rule-problem';
import { complianceProblems } from './start-problems';
import { isWindowOpen, zonesOf } from './calling-window';
import { NumberFormat } from '../numbers/number-format';

const ok: ComplianceFacts = {
  type: CampaignType.AGENT,
  dialingMode: DialingMode.PREDICTIVE,
  callerIdNumber: '+12125550100',
  ringTimeoutSeconds: 15,
  abandonRateTarget: 3,
};
const codes = (profile: P, facts: Partial<ComplianceFacts>) => complianceProblems(profile, { ...ok, ...facts }).map((p) => p.code);

describe('compliance profiles as data', () => {
  test('a new tenant starts on US_TSR; a campaign override wins; unknown values fall back', () => {
    assert.equal(DEFAULT_COMPLIANCE_PROFILE, P.US_TSR);
    assert.equal(effectiveProfile(null, P.UK_OFCOM), P.UK_OFCOM);
    assert.equal(effectiveProfile(P.NONE, P.US_TSR), P.NONE);
    assert.equal(effectiveProfile(null, null), P.US_TSR);
    assert.equal(effectiveProfile('BOGUS', 'BOGUS'), P.US_TSR);
  });

  test('the numbers each profile carries', () => {
    assert.deepEqual(CALLING_HOURS[P.US_TSR], { start: '08:00', end: '21:00' });
    assert.equal(CALLING_HOURS[P.UK_OFCOM], null);
    assert.deepEqual([ABANDON_LIMIT[P.US_TSR]?.maxPercent, ABANDON_LIMIT[P.US_TSR]?.windowHours], [3, 720]);
    assert.deepEqual([ABANDON_LIMIT[P.UK_OFCOM]?.maxPercent, ABANDON_LIMIT[P.UK_OFCOM]?.windowHours], [3, 24]);
    assert.deepEqual(ABANDON_MESSAGE[P.US_TSR], { kind: 'SAFE_HARBOR', withinSeconds: 2 });
    assert.deepEqual(ABANDON_MESSAGE[P.UK_OFCOM], { kind: 'INFORMATION', withinSeconds: 2 });
    for (const p of [ABANDON_LIMIT, ABANDON_MESSAGE, CALLING_HOURS]) assert.equal(p[P.NONE], null);
  });

  test('a settings-compliant campaign breaks no rule of any profile', () => {
    for (const p of Object.values(P)) assert.deepEqual(codes(p, {}), [], p);
  });

  test('caller ID: required by US_TSR (16 CFR 310.4(a)(8)) and UK_OFCOM, not by NONE', () => {
    assert.deepEqual(codes(P.US_TSR, { callerIdNumber: ' ' }), ['COMPLIANCE_CALLER_ID']);
    assert.deepEqual(codes(P.UK_OFCOM, { callerIdNumber: '' }), ['COMPLIANCE_CALLER_ID']);
    assert.deepEqual(codes(P.NONE, { callerIdNumber: '' }), []);
    const [problem] = complianceProblems(P.US_TSR, { ...ok, callerIdNumber: '' });
    assert.match(problem?.rule ?? '', /US_TSR caller ID \(16 CFR 310\.4\(a\)\(8\)\)/);
  });

  test('ring timeout: at least 15 s under US_TSR (16 CFR 310.4(b)(4)(ii)) only', () => {
    assert.deepEqual(codes(P.US_TSR, { ringTimeoutSeconds: 14 }), ['COMPLIANCE_RING_TIMEOUT']);
    assert.deepEqual(codes(P.US_TSR, { ringTimeoutSeconds: 15 }), []);
    assert.deepEqual(codes(P.UK_OFCOM, { ringTimeoutSeconds: 5 }), []);
    assert.deepEqual(codes(P.NONE, { ringTimeoutSeconds: 5 }), []);
  });

  test('abandon rate: a predictive target above 3 % breaks US_TSR and UK_OFCOM; other modes do not aim at one', () => {
    assert.deepEqual(codes(P.US_TSR, { abandonRateTarget: 5 }), ['COMPLIANCE_ABANDON_RATE']);
    assert.deepEqual(codes(P.UK_OFCOM, { abandonRateTarget: 3.5 }), ['COMPLIANCE_ABANDON_RATE']);
    assert.deepEqual(codes(P.NONE, { abandonRateTarget: 20 }), []);
    assert.deepEqual(codes(P.US_TSR, { abandonRateTarget: 20, dialingMode: DialingMode.PROGRESSIVE }), []);
    assert.deepEqual(codes(P.US_TSR, { abandonRateTarget: 20, type: CampaignType.VOICE, dialingMode: null }), []);
  });

  test('every broken rule is named, in a stable order', () => {
    assert.deepEqual(codes(P.US_TSR, { callerIdNumber: '', ringTimeoutSeconds: 10, abandonRateTarget: 10 }), [
      'COMPLIANCE_CALLER_ID',
      'COMPLIANCE_RING_TIMEOUT',
      'COMPLIANCE_ABANDON_RATE',
    ]);
  });

  test('repeat after abandon: UK_OFCOM rests 72 h unless an agent is sure to be free (PREVIEW, PROGRESSIVE)', () => {
    assert.equal(abandonRestMs(P.UK_OFCOM, DialingMode.PREDICTIVE), 72 * 3_600_000);
    assert.equal(abandonRestMs(P.UK_OFCOM, DialingMode.QUEUE_WATCH), 72 * 3_600_000);
    assert.equal(abandonRestMs(P.UK_OFCOM, DialingMode.PROGRESSIVE), null);
    assert.equal(abandonRestMs(P.UK_OFCOM, DialingMode.PREVIEW), null);
    assert.equal(abandonRestMs(P.US_TSR, DialingMode.PREDICTIVE), null);
    assert.equal(abandonRestMs(P.NONE, DialingMode.PREDICTIVE), null);
  });
});

describe('AS_DIALED numbers carry no zone (issue 20)', () => {
  test('a profile with calling hours needs a calendar to read them in; E164 or a calendar is fine', () => {
    assert.deepEqual(codes(P.US_TSR, { numberFormat: NumberFormat.AS_DIALED }), ['COMPLIANCE_LOCAL_TIME']);
    assert.deepEqual(codes(P.US_TSR, { numberFormat: NumberFormat.AS_DIALED, hasCalendar: true }), []);
    assert.deepEqual(codes(P.US_TSR, { numberFormat: NumberFormat.E164 }), []);
    assert.deepEqual(codes(P.UK_OFCOM, { numberFormat: NumberFormat.AS_DIALED }), [], 'no hours, nothing to read');
    assert.deepEqual(codes(P.NONE, { numberFormat: NumberFormat.AS_DIALED }), []);
  });

  test('without its own or a number zone, a recipient is read in the calendar’s zone, else UTC', () => {
    assert.deepEqual(zonesOf(null, []), [null]);
    assert.deepEqual(zonesOf('Europe/Berlin', []), ['Europe/Berlin']);
    const hours = { calendar: null, hours: CALLING_HOURS[P.US_TSR] };
    assert.equal(isWindowOpen(hours, new Date('2026-12-07T08:30:00Z'), zonesOf(null, [])), true, '08:30 UTC');
    assert.equal(isWindowOpen(hours, new Date('2026-12-07T08:30:00Z'), zonesOf('America/New_York', [])), false, '03:30 in New York');
  });
});
