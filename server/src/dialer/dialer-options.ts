import type { Logger } from 'pino';
import type { Clock } from './clock';

/** The dialer's knobs; tests shorten the timings, production takes the defaults. */
export interface DialerOptions {
  clock?: Clock;
  /** Time between ticks when nothing happens (ms). */
  tickMs?: number;
  /** How far ahead one plan schedules originates (s). */
  tickSeconds?: number;
  /** How often a follower tries to become leader (ms). */
  leaderRetryMs?: number;
  /**
   * A new leader that finds another node's attempts open waits this long before touching
   * them, so a partitioned old leader has stopped originating (it stops once its lock has not
   * been confirmed for LOCK_FRESH_MS) before those attempts are judged lost.
   */
  leaderGraceMs?: number;
  /** Dial string for calls without a gateway (internal numbers, campaigns with no gateway). */
  defaultDialString?: string;
  node?: string;
  logger?: Logger;
  /** How long a CONFIRM_* prompt waits for its key (ms). */
  confirmWaitMs?: number;
  /** The database for the leader lock's own connection (defaults to the ORM's). */
  databaseUrl?: string;
  /** How long an answered call screened by AMD (onMachine HANGUP / PLAY) waits for the verdict (ms). */
  amdWaitMs?: number;
  /** How long a machine's message (onMachine PLAY) waits for the voicemail beep when the switch has mod_avmd (ms). */
  beepWaitMs?: number;
  /** Queue-watch: how long after joining a queue a call still counts as pending (ms, default 1000). */
  queueSettleMs?: number;
  /** Preview: how long a skipped (or undecided) recipient steps aside before it is offered again (s). */
  previewSkipHoldSeconds?: number;
  /** How long an agent phone's registration on the switch is trusted before it is asked again (ms, default 5000). */
  agentPhoneRecheckMs?: number;
}

/** A skipped preview is not offered again at once (to the same agent, the next free one): 5 minutes aside. */
export const PREVIEW_SKIP_HOLD_SECONDS = 300;

/** Originate only while the lock was confirmed this recently; a new leader waits longer (grace). */
export const LOCK_FRESH_MS = 2500;
export const LOCK_CHECK_MS = 1000;

/** Calls with no gateway go to the switch's own dialplan. */
export const DEFAULT_DIAL_STRING = 'loopback/{number}/default';
