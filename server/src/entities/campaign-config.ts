import type { CauseAction } from '../domain/call/call-outcome';

/** One step of a broadcast (MOR's WAIT / PLAY / IVR, Kalliope's confirmations). */
export type BroadcastAction =
  | { kind: 'PLAY'; file: string }
  | { kind: 'WAIT'; seconds: number }
  | { kind: 'TRANSFER'; extension: string }
  /**
   * "Press <digit> to confirm you answered": the rest of the script plays only after it; no press
   * within `seconds` (after the prompt; default 5) hangs up, outcome UNCONFIRMED.
   */
  | { kind: 'CONFIRM_ANSWER'; digit: string; file: string; seconds?: number }
  /**
   * "Press <digit> after the message": the message repeats up to `repeat` times, each play
   * followed by its own wait of `seconds` (default 5); the digit makes the call CONFIRMED.
   */
  | { kind: 'CONFIRM_LISTEN'; digit: string; file: string; repeat: number; seconds?: number };

/** Where an answered call goes. */
export interface CallDestination {
  kind: 'EXTENSION' | 'QUEUE' | 'IVR';
  target: string;
  /**
   * QUEUE only: at most this many members waiting in the queue; an answered call that would be
   * one more is not sent there (QUEUE_FULL) and is hung up. Unset: no limit.
   */
  maxWaiting?: number;
}

/** Answering-machine detection and what to do on a machine. */
export interface AmdSettings {
  enabled: boolean;
  onMachine: 'HANGUP' | 'PLAY' | 'CONTINUE';
}

/** Raw hangup cause or outcome name -> what it does to the recipient. */
export type CausePolicyOverrides = Record<string, CauseAction>;
