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
  /** Sent to an IVR (the destination's `ivr` app began) and gone before its menu ended. */
  IVR_STARTED = 'IVR_STARTED',
  /** The IVR menu ran to its end (`ivr` app completed with the call still up). */
  IVR_FINISHED = 'IVR_FINISHED',
  CONFIRMED = 'CONFIRMED',
  /**
   * Answered, but a confirmation the campaign asked for (CONFIRM_ANSWER / CONFIRM_LISTEN) was
   * never keyed: the person may not have heard the message (domain/call/confirmation.ts).
   */
  UNCONFIRMED = 'UNCONFIRMED',
  /** In the mod_callcenter queue, gone before an agent took it (hung up, exit key, break out). */
  QUEUE_JOIN = 'QUEUE_JOIN',
  /** Taken by a queue agent (the queue bridged it). */
  QUEUE_ANSWER = 'QUEUE_ANSWER',
  /** Sent away by the queue's max-wait-time (cc_cancel_reason TIMEOUT). */
  QUEUE_TIMEOUT = 'QUEUE_TIMEOUT',
  /** Sent away because the queue had no agent (max-wait-time-with-no-agent: NO_AGENT_TIMEOUT). */
  QUEUE_EMPTY = 'QUEUE_EMPTY',
  /** Not sent to the queue: it already held the destination's `maxWaiting` members. */
  QUEUE_FULL = 'QUEUE_FULL',
  /** The switch has no such queue (the callcenter app ended without joining). */
  QUEUE_INVALID = 'QUEUE_INVALID',
  /** Sent on to an extension whose bridge reached the second leg: it answered. */
  IN_ANSWER = 'IN_ANSWER',
  /** The extension's second leg was busy. */
  IN_BUSY = 'IN_BUSY',
  /** The extension's second leg rang out. */
  IN_NOANSWER = 'IN_NOANSWER',
  /** The callee hung up while the extension's second leg was ringing (ORIGINATOR_CANCEL). */
  IN_CANCEL = 'IN_CANCEL',
  /** The extension's second leg met congestion. */
  IN_CONGESTION = 'IN_CONGESTION',
  /** The extension's second leg could not be reached (not registered, no route, refused…). */
  IN_CHANUNAVAIL = 'IN_CHANUNAVAIL',
  /** A pending callback (SCHEDULED) of a campaign that was cancelled: no call was placed. */
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
