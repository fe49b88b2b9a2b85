import { CallOutcome } from './call-outcome';

/**
 * FreeSWITCH hangup causes with their numeric codes (switch_types.h). Codes up to 127 are
 * ITU-T Q.850 cause values; the others are FreeSWITCH's own and travel with Q.850 code 16 or
 * none at all. Kept as one table so the ESL adapter, the policy validator and the reports agree
 * on the spelling of every cause.
 */
export const HANGUP_CAUSE_CODES: Readonly<Record<string, number>> = Object.freeze({
  UNSPECIFIED: 0,
  UNALLOCATED_NUMBER: 1,
  NO_ROUTE_TRANSIT_NET: 2,
  NO_ROUTE_DESTINATION: 3,
  CHANNEL_UNACCEPTABLE: 6,
  CALL_AWARDED_DELIVERED: 7,
  NORMAL_CLEARING: 16,
  USER_BUSY: 17,
  NO_USER_RESPONSE: 18,
  NO_ANSWER: 19,
  SUBSCRIBER_ABSENT: 20,
  CALL_REJECTED: 21,
  NUMBER_CHANGED: 22,
  REDIRECTION_TO_NEW_DESTINATION: 23,
  EXCHANGE_ROUTING_ERROR: 25,
  DESTINATION_OUT_OF_ORDER: 27,
  INVALID_NUMBER_FORMAT: 28,
  FACILITY_REJECTED: 29,
  RESPONSE_TO_STATUS_ENQUIRY: 30,
  NORMAL_UNSPECIFIED: 31,
  NORMAL_CIRCUIT_CONGESTION: 34,
  NETWORK_OUT_OF_ORDER: 38,
  NORMAL_TEMPORARY_FAILURE: 41,
  SWITCH_CONGESTION: 42,
  ACCESS_INFO_DISCARDED: 43,
  REQUESTED_CHAN_UNAVAIL: 44,
  PRE_EMPTED: 45,
  FACILITY_NOT_SUBSCRIBED: 50,
  OUTGOING_CALL_BARRED: 52,
  INCOMING_CALL_BARRED: 54,
  BEARERCAPABILITY_NOTAUTH: 57,
  BEARERCAPABILITY_NOTAVAIL: 58,
  SERVICE_UNAVAILABLE: 63,
  BEARERCAPABILITY_NOTIMPL: 65,
  CHAN_NOT_IMPLEMENTED: 66,
  FACILITY_NOT_IMPLEMENTED: 69,
  SERVICE_NOT_IMPLEMENTED: 79,
  INVALID_CALL_REFERENCE: 81,
  INCOMPATIBLE_DESTINATION: 88,
  INVALID_MSG_UNSPECIFIED: 95,
  MANDATORY_IE_MISSING: 96,
  MESSAGE_TYPE_NONEXIST: 97,
  WRONG_MESSAGE: 98,
  IE_NONEXIST: 99,
  INVALID_IE_CONTENTS: 100,
  WRONG_CALL_STATE: 101,
  RECOVERY_ON_TIMER_EXPIRE: 102,
  MANDATORY_IE_LENGTH_ERROR: 103,
  PROTOCOL_ERROR: 111,
  INTERWORKING: 127,
  SUCCESS: 142,
  ORIGINATOR_CANCEL: 487,
  CRASH: 500,
  SYSTEM_SHUTDOWN: 501,
  LOSE_RACE: 502,
  MANAGER_REQUEST: 503,
  BLIND_TRANSFER: 600,
  ATTENDED_TRANSFER: 601,
  ALLOTTED_TIMEOUT: 602,
  USER_CHALLENGE: 603,
  MEDIA_TIMEOUT: 604,
  PICKED_OFF: 605,
  USER_NOT_REGISTERED: 606,
  PROGRESS_TIMEOUT: 607,
  INVALID_GATEWAY: 608,
  GATEWAY_DOWN: 609,
  INVALID_URL: 610,
  INVALID_PROFILE: 611,
  NO_PICKUP: 612,
  SRTP_READ_ERROR: 613,
});

/** Q.850 causes are 1..127; anything above is FreeSWITCH-specific. */
const Q850_MAX = 127;

/**
 * The canonical spelling of a raw cause: trims, upper-cases, drops the `-ERR ` prefix of a
 * failed bgapi job and a trailing newline, so `"-ERR USER_BUSY\n"` and `"user_busy"` match.
 */
export function normalizeCause(raw: string | null | undefined): string {
  if (raw == null) return '';
  return raw
    .trim()
    .replace(/^-ERR\s+/i, '')
    .trim()
    .toUpperCase();
}

/** True when the name is one we know; lets input validation reject typos in policy keys. */
export function isKnownHangupCause(cause: string): boolean {
  return Object.prototype.hasOwnProperty.call(HANGUP_CAUSE_CODES, normalizeCause(cause));
}

/** The Q.850 code of a cause, or null for FreeSWITCH-only and unknown causes. */
export function q850Code(cause: string): number | null {
  const name = normalizeCause(cause);
  if (!Object.prototype.hasOwnProperty.call(HANGUP_CAUSE_CODES, name)) return null;
  const code = HANGUP_CAUSE_CODES[name];
  if (code === undefined || code < 1 || code > Q850_MAX) return null;
  return code;
}

/** The cause name for a Q.850 code, for events that only carry the number. */
export function causeFromQ850(code: number): string | null {
  if (!Number.isInteger(code) || code < 1 || code > Q850_MAX) return null;
  for (const [name, value] of Object.entries(HANGUP_CAUSE_CODES)) {
    if (value === code) return name;
  }
  return null;
}

/** Unanswered causes grouped by the outcome they mean for a dialer. */
export const CAUSE_OUTCOMES: Readonly<Record<string, CallOutcome>> = Object.freeze({
  USER_BUSY: CallOutcome.BUSY,
  NO_ANSWER: CallOutcome.NO_ANSWER,
  NO_USER_RESPONSE: CallOutcome.NO_ANSWER,
  PROGRESS_TIMEOUT: CallOutcome.NO_ANSWER,
  ALLOTTED_TIMEOUT: CallOutcome.NO_ANSWER,
  NO_PICKUP: CallOutcome.NO_ANSWER,
  ORIGINATOR_CANCEL: CallOutcome.CANCEL,
  LOSE_RACE: CallOutcome.CANCEL,
  MANAGER_REQUEST: CallOutcome.CANCEL,
  PICKED_OFF: CallOutcome.CANCEL,
  NORMAL_CIRCUIT_CONGESTION: CallOutcome.CONGESTION,
  SWITCH_CONGESTION: CallOutcome.CONGESTION,
  NORMAL_TEMPORARY_FAILURE: CallOutcome.CONGESTION,
  NETWORK_OUT_OF_ORDER: CallOutcome.CONGESTION,
  RECOVERY_ON_TIMER_EXPIRE: CallOutcome.CONGESTION,
  MEDIA_TIMEOUT: CallOutcome.CONGESTION,
  SERVICE_UNAVAILABLE: CallOutcome.CONGESTION,
  ACCESS_INFO_DISCARDED: CallOutcome.CONGESTION,
  PRE_EMPTED: CallOutcome.CONGESTION,
  SRTP_READ_ERROR: CallOutcome.CONGESTION,
  UNALLOCATED_NUMBER: CallOutcome.INVALID_NUMBER,
  INVALID_NUMBER_FORMAT: CallOutcome.INVALID_NUMBER,
  NUMBER_CHANGED: CallOutcome.INVALID_NUMBER,
  INCOMPATIBLE_DESTINATION: CallOutcome.INVALID_NUMBER,
  CALL_REJECTED: CallOutcome.REJECTED,
  USER_CHALLENGE: CallOutcome.REJECTED,
  OUTGOING_CALL_BARRED: CallOutcome.REJECTED,
  INCOMING_CALL_BARRED: CallOutcome.REJECTED,
  NO_ROUTE_DESTINATION: CallOutcome.NOROUTE,
  NO_ROUTE_TRANSIT_NET: CallOutcome.NOROUTE,
  EXCHANGE_ROUTING_ERROR: CallOutcome.NOROUTE,
  CHAN_NOT_IMPLEMENTED: CallOutcome.CHANUNAVAIL,
  DESTINATION_OUT_OF_ORDER: CallOutcome.CHANUNAVAIL,
  REQUESTED_CHAN_UNAVAIL: CallOutcome.CHANUNAVAIL,
  SUBSCRIBER_ABSENT: CallOutcome.CHANUNAVAIL,
  USER_NOT_REGISTERED: CallOutcome.CHANUNAVAIL,
  CHANNEL_UNACCEPTABLE: CallOutcome.CHANUNAVAIL,
  FACILITY_REJECTED: CallOutcome.CHANUNAVAIL,
  FACILITY_NOT_SUBSCRIBED: CallOutcome.CHANUNAVAIL,
  FACILITY_NOT_IMPLEMENTED: CallOutcome.CHANUNAVAIL,
  SERVICE_NOT_IMPLEMENTED: CallOutcome.CHANUNAVAIL,
  BEARERCAPABILITY_NOTAUTH: CallOutcome.CHANUNAVAIL,
  BEARERCAPABILITY_NOTAVAIL: CallOutcome.CHANUNAVAIL,
  BEARERCAPABILITY_NOTIMPL: CallOutcome.CHANUNAVAIL,
  // The gateway is down, not the number: the policy treats GATEWAY_DOWN as NEUTRAL by cause.
  GATEWAY_DOWN: CallOutcome.CHANUNAVAIL,
  INVALID_GATEWAY: CallOutcome.INVALID_GATEWAY,
  INVALID_PROFILE: CallOutcome.INVALID_GATEWAY,
  INVALID_URL: CallOutcome.INVALID_GATEWAY,
  CRASH: CallOutcome.INTERRUPTED,
  SYSTEM_SHUTDOWN: CallOutcome.INTERRUPTED,
});

/** SIP final responses, used only when the cause itself says nothing useful. */
function outcomeFromSipStatus(status: number): CallOutcome | null {
  if (status === 486 || status === 600) return CallOutcome.BUSY;
  if (status === 408 || status === 480) return CallOutcome.NO_ANSWER;
  if (status === 487) return CallOutcome.CANCEL;
  if (status === 404 || status === 484 || status === 410) return CallOutcome.INVALID_NUMBER;
  if (status === 403 || status === 603) return CallOutcome.REJECTED;
  if (status === 502 || status === 503 || status === 504 || status === 500) return CallOutcome.CONGESTION;
  return null;
}

/** What an AMD module (mod_amd `amd_result`, mod_avmd, a carrier) said about the answer. */
export function outcomeFromAmd(amd: string | null | undefined): CallOutcome {
  const value = (amd ?? '').trim().toUpperCase();
  if (value.includes('FAX')) return CallOutcome.FAX;
  if (value.includes('MACHINE') || value.includes('VOICEMAIL') || value === 'BEEP') {
    return CallOutcome.MACHINE;
  }
  return CallOutcome.ANSWERED;
}

/** Everything the switch told us about how one call ended. */
export interface HangupInfo {
  /** Raw `Hangup-Cause` (or a bgapi `-ERR CAUSE` body); may be empty if the call was lost. */
  cause: string | null | undefined;
  /** `variable_hangup_cause_q850`, used when the cause name is missing or generic. */
  q850?: number | null;
  /** `variable_sip_term_status` on SIP legs. */
  sipStatus?: number | null;
  /** The callee answered (CHANNEL_ANSWER seen or answer epoch set). */
  answered: boolean;
  /** `variable_billsec`; a positive value also means the call was answered. */
  billSeconds?: number | null;
  /** AMD verdict, e.g. HUMAN, MACHINE, NOTSURE, FAX. */
  amdResult?: string | null;
}

/** Causes that carry no information about the callee, so the SIP status decides. */
const GENERIC_CAUSES = new Set(['', 'NORMAL_CLEARING', 'NORMAL_UNSPECIFIED', 'INTERWORKING', 'UNSPECIFIED']);

/**
 * Classifies one finished call into a {@link CallOutcome}. Answered calls are ANSWERED,
 * MACHINE or FAX whatever the cause (who hung up does not matter); the minimum-duration rule
 * (SHORT_CALL) is per campaign and lives in the cause policy. Unanswered calls map by cause,
 * then Q.850 code, then SIP status; a call with no cause at all was lost (INTERRUPTED).
 */
export function classifyHangup(info: HangupInfo): CallOutcome {
  const answered = info.answered || (info.billSeconds ?? 0) > 0;
  if (answered) return outcomeFromAmd(info.amdResult);

  let cause = normalizeCause(info.cause);
  if (GENERIC_CAUSES.has(cause) && info.q850 != null) {
    const fromCode = causeFromQ850(info.q850);
    if (fromCode && !GENERIC_CAUSES.has(fromCode)) cause = fromCode;
  }
  const byCause = CAUSE_OUTCOMES[cause];
  if (byCause) return byCause;

  if (info.sipStatus != null) {
    const bySip = outcomeFromSipStatus(info.sipStatus);
    if (bySip) return bySip;
  }
  if (cause === '') return CallOutcome.INTERRUPTED;
  // Unanswered and cleared normally: the far end stopped ringing without a reason.
  if (GENERIC_CAUSES.has(cause)) return CallOutcome.NO_ANSWER;
  // An unknown or protocol-level failure: the channel could not be used this time.
  return CallOutcome.CHANUNAVAIL;
}
