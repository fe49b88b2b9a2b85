/**
 * What the switch tells Pacer about a call. Every variant carries `callId`, which is always
 * OUR origination UUID (never a switch-side leg id), and `at`, when the switch saw it.
 * Each call ends with exactly one terminal event: `hangup`, `originate-failed` or `call-lost`.
 */
export type CallEvent =
  /** The switch accepted the originate job (bgapi +OK); the call is now being placed. */
  | { type: 'originated'; callId: string; jobId: string; at: Date }
  /** The far end is alerting (180/183, early media). */
  | { type: 'ringing'; callId: string; at: Date }
  /** The far end picked up. */
  | { type: 'answered'; callId: string; at: Date }
  /** The call was connected to another channel (agent or extension). */
  | { type: 'bridged'; callId: string; otherCallId: string; at: Date }
  /** Connecting the call to an agent or extension failed; the call itself is still up. */
  | { type: 'bridge-failed'; callId: string; cause: string; at: Date }
  /**
   * The call left a mod_callcenter queue without reaching an agent (`reason` is the queue's
   * cc_cancel_reason: TIMEOUT, NO_AGENT_TIMEOUT, BREAK_OUT…, or QUEUE_NOT_FOUND when the callcenter
   * app ended without the call ever joining: no such queue); its hangup usually follows.
   */
  | { type: 'queue-left'; callId: string; reason: string; at: Date }
  /**
   * The call is in an IVR menu (`ivr` app began: `started`) or the menu ended with the call still up
   * (`finished`, with mod_dptools' ivr_menu_status: success, failure, timeout).
   */
  | { type: 'ivr'; callId: string; phase: 'started' | 'finished'; status?: string; at: Date }
  /** The callee pressed a key. */
  | { type: 'dtmf'; callId: string; digit: string; at: Date }
  /**
   * A file played to the call stopped (PLAYBACK_STOP): `done` at its end, `break` when cut
   * short, `failed` when it never started (playback's CHANNEL_EXECUTE_COMPLETE without a stop).
   */
  | { type: 'playback-done'; callId: string; file: string; status: 'done' | 'break' | 'failed'; at: Date }
  /**
   * Answering-machine detection finished (mod_amd's `amd` app: `amd_result`, and its reason
   * `amd_cause`: INITIALSILENCE, LONGGREETING, MAXWORDS, MAXWORDLENGTH, HUMAN, TOOLONG).
   */
  | { type: 'amd'; callId: string; result: AmdResult; cause?: string; at: Date }
  /** mod_avmd heard a voicemail beep (CUSTOM avmd::beep): a machine now records. */
  | { type: 'beep'; callId: string; at: Date }
  /** The originate job finished: `ok` with the call up, or the FreeSWITCH cause it failed with. */
  | { type: 'job-result'; callId: string; jobId: string; ok: boolean; cause?: string; at: Date }
  /** Terminal: the job failed and no channel ever existed (e.g. gateway down, error/ endpoint). */
  | { type: 'originate-failed'; callId: string; cause: string; at: Date }
  /** Terminal: the channel hung up. `cause` is the FreeSWITCH cause string (USER_BUSY, NO_ANSWER…). */
  | {
      type: 'hangup';
      callId: string;
      cause: string;
      q850: number | null;
      sipStatus?: number;
      billSeconds: number;
      durationSeconds: number;
      /** When the switch created the channel (`start_uepoch`): the call's originate, on the switch's clock. */
      startedAt?: Date;
      ringingAt?: Date;
      answeredAt?: Date;
      at: Date;
    }
  /**
   * Terminal: after a reconnect the switch no longer knows the call and its hangup was never
   * received (switch restarted or the event was lost while the link was down). Reconcile it.
   */
  | { type: 'call-lost'; callId: string; reason: 'not-found-after-reconnect'; at: Date };

export type AmdResult = 'human' | 'machine' | 'fax' | 'unknown';

/** The switch's machine detectors: mod_amd (human or machine) and mod_avmd (voicemail beep). */
export type MachineDetector = 'amd' | 'avmd';

export type CallEventType = CallEvent['type'];

/** Events after which no further event is emitted for the call. */
export function isTerminal(e: CallEvent): boolean {
  return e.type === 'hangup' || e.type === 'originate-failed' || e.type === 'call-lost';
}
