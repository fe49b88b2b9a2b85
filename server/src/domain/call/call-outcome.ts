/** The classified result of one call attempt (product.md "Call attempts and outcomes"). */
export enum CallOutcome {
  ANSWERED = 'ANSWERED',
  MACHINE = 'MACHINE',
  FAX = 'FAX',
  BUSY = 'BUSY',
  NO_ANSWER = 'NO_ANSWER',
  CANCEL = 'CANCEL',
  CONGESTION = 'CONGESTION',
  CHANUNAVAIL = 'CHANUNAVAIL',
  NOROUTE = 'NOROUTE',
  REJECTED = 'REJECTED',
  INVALID_NUMBER = 'INVALID_NUMBER',
  INVALID_GATEWAY = 'INVALID_GATEWAY',
  ABANDONED = 'ABANDONED',
  SHORT_CALL = 'SHORT_CALL',
  IVR_STARTED = 'IVR_STARTED',
  IVR_FINISHED = 'IVR_FINISHED',
  CONFIRMED = 'CONFIRMED',
  QUEUE_JOIN = 'QUEUE_JOIN',
  QUEUE_ANSWER = 'QUEUE_ANSWER',
  QUEUE_TIMEOUT = 'QUEUE_TIMEOUT',
  RESCHEDULED = 'RESCHEDULED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** The process died or the switch lost the call before we learned its end. */
  INTERRUPTED = 'INTERRUPTED',
  /**
   * Answered, then lost with Pacer or the switch before its end was seen: the person was
   * reached but may not have heard the message. Not INTERRUPTED (which is never counted).
   */
  ANSWERED_LOST = 'ANSWERED_LOST',
  /**
   * The switch refused the originate for its own limits (sessions per second, max sessions)
   * before any channel existed: no call was placed, never counted (domain/call/switch-refusal.ts).
   */
  SWITCH_REFUSED = 'SWITCH_REFUSED',
}

/** What a hangup cause does to the recipient (Webitel's OK/Retry/Error/Minus). */
export enum CauseAction {
  SUCCESS = 'SUCCESS',
  RETRY = 'RETRY',
  FAIL = 'FAIL',
  NEUTRAL = 'NEUTRAL',
}
