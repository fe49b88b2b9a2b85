import type { AmdResult } from '../call-event';

/**
 * What a simulated callee does. `failCause` set: the call never answers and ends with that
 * FreeSWITCH cause after `ringSec` (NO_ANSWER waits for the originate timeout instead).
 */
export interface CallScript {
  ringSec: number;
  failCause?: string;
  /** Callee hangs up after this much talk; undefined = stays on until Pacer hangs up. */
  talkSec?: number;
  amd?: AmdResult;
  /** When mod_amd gives its verdict, seconds after the answer (1.5 by default, as the real one on the test callees). */
  amdSec?: number;
  /** A machine's voicemail beep, seconds after answer (mod_avmd hears it); 3.7 by default. */
  beepSec?: number;
  /** Keys the callee presses once answered, `dtmfAfterSec` after answer. */
  dtmf?: string;
  dtmfAfterSec?: number;
  /** Seconds between successive keys of `dtmf` (0: all at once), e.g. a "1" then later a "9". */
  dtmfGapSec?: number;
}

/** Named outcomes tests and scenario files can use instead of spelling a script out. */
export type OutcomeName =
  | 'answer'
  | 'busy'
  | 'no-answer'
  | 'congestion'
  | 'unallocated'
  | 'rejected'
  | 'no-route'
  | 'machine'
  | 'fax'
  | 'press-1'
  | 'press-9'
  | 'callee-hangs-up'
  | 'callee-hangs-up-late';

export const NAMED_OUTCOMES: Record<OutcomeName, CallScript> = {
  answer: { ringSec: 2, amd: 'human' },
  busy: { ringSec: 1, failCause: 'USER_BUSY' },
  'no-answer': { ringSec: 0, failCause: 'NO_ANSWER' },
  congestion: { ringSec: 0, failCause: 'NORMAL_CIRCUIT_CONGESTION' },
  unallocated: { ringSec: 0, failCause: 'UNALLOCATED_NUMBER' },
  rejected: { ringSec: 1, failCause: 'CALL_REJECTED' },
  'no-route': { ringSec: 0, failCause: 'NO_ROUTE_DESTINATION' },
  machine: { ringSec: 2, amd: 'machine', talkSec: 20 },
  fax: { ringSec: 1, amd: 'fax', talkSec: 10 },
  'press-1': { ringSec: 2, amd: 'human', dtmf: '1', dtmfAfterSec: 2 },
  'press-9': { ringSec: 2, amd: 'human', dtmf: '9', dtmfAfterSec: 2 },
  'callee-hangs-up': { ringSec: 2, amd: 'human', talkSec: 2 },
  'callee-hangs-up-late': { ringSec: 2, amd: 'human', talkSec: 15 },
};

/** Q.850 codes for the causes the simulator produces (as FreeSWITCH reports them). */
export const Q850: Record<string, number> = {
  UNALLOCATED_NUMBER: 1,
  NO_ROUTE_DESTINATION: 3,
  NORMAL_CLEARING: 16,
  USER_BUSY: 17,
  NO_USER_RESPONSE: 18,
  NO_ANSWER: 19,
  CALL_REJECTED: 21,
  DESTINATION_OUT_OF_ORDER: 27,
  NORMAL_CIRCUIT_CONGESTION: 34,
  NORMAL_TEMPORARY_FAILURE: 41,
  SWITCH_CONGESTION: 42,
  USER_NOT_REGISTERED: 606,
  INVALID_GATEWAY: 608,
  GATEWAY_DOWN: 609,
};

/** SIP final statuses a gateway call would carry for each cause. */
export const SIP_STATUS: Record<string, number> = {
  NORMAL_CLEARING: 200,
  USER_BUSY: 486,
  UNALLOCATED_NUMBER: 404,
  NORMAL_CIRCUIT_CONGESTION: 503,
  CALL_REJECTED: 603,
  NO_ROUTE_DESTINATION: 404,
};
