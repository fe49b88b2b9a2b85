import { AbandonReason } from '../domain/call/abandon-reason';
import { CallOutcome, CauseAction } from '../domain/call/call-outcome';
import { decideCauseAction, isInfrastructureCause, type CausePolicy } from '../domain/call/cause-policy';
import { confirmationOutcome, type ConfirmationRecord } from '../domain/call/confirmation';
import { classifyHangup, q850Code } from '../domain/call/hangup-causes';
import { destinationOutcome, type ExtensionLeg, type IvrStage } from '../domain/call/destination-outcome';
import { queueOutcome, type QueueStage } from '../domain/call/queue-outcome';
import { isSwitchRefusal, SWITCH_REFUSAL_HOLD_SECONDS } from '../domain/call/switch-refusal';
import { applyAttemptResult, type AttemptResult } from '../domain/recipient/attempt-result';
import type { CallEvent } from '../switch/port';

/** How one call ended, as the runner learned it (switch event or its own failure). */
export interface CallEnd {
  callId: string;
  at: Date;
  cause: string | null;
  q850: number | null;
  sipStatus: number | null;
  billSeconds: number;
  ringingAt: Date | null;
  answeredAt: Date | null;
  amdResult: string | null;
  /** When the switch created the channel (its clock), else when it accepted the originate (Pacer's). */
  originatedAt?: Date | null;
  /** Queue-watch calls and QUEUE destinations: how far the answered call got in its mod_callcenter queue. */
  queue?: QueueStage | null;
  /** Sent on to an extension: what its bridge reported (IN_*). */
  extension?: ExtensionLeg | null;
  /** Sent to an IVR: whether its menu began or ended (IVR_STARTED / IVR_FINISHED). */
  ivr?: IvrStage | null;
  /**
   * Set when the runner, not the switch, decided the outcome (lost call, refused originate,
   * preview skip); `holdSeconds` keeps a NEUTRAL recipient aside that long before it is due again.
   */
  forced?: { outcome: CallOutcome; action: CauseAction; holdSeconds?: number };
  /** Answered, then lost before its end was seen: ANSWERED_LOST, and the cause policy decides. */
  lostAfterAnswer?: boolean;
  /** An agent campaign's call (not queue-watch): answered, it must reach an agent. */
  agentCall?: boolean;
  /** When the call was connected to another leg (an agent), if it was. */
  bridgedAt?: Date | null;
  /** The confirmation keys asked for and on record (read by the outcome writer): CONFIRMED / UNCONFIRMED. */
  confirmation?: ConfirmationRecord | null;
}

/** What the runner remembers of a live call between events. */
export interface CallMemory {
  originatedAt?: Date;
  ringingAt?: Date;
  answeredAt?: Date;
  amd?: string;
  queue?: QueueStage;
  extension?: ExtensionLeg;
  ivr?: IvrStage;
  bridgedAt?: Date;
  /** An agent campaign's call (progressive, predictive, preview): the agent flow bridges it instead of the answer script, and an answered one that never reaches an agent is ABANDONED. */
  agentCall?: boolean;
}

/** A terminal CallEvent as a CallEnd; `mem` fills what the terminal event lacks. */
export function callEndFromEvent(e: CallEvent, mem: CallMemory | undefined): CallEnd | null {
  const base = {
    callId: e.callId,
    at: e.at,
    ringingAt: mem?.ringingAt ?? null,
    answeredAt: mem?.answeredAt ?? null,
    amdResult: mem?.amd ?? null,
    originatedAt: mem?.originatedAt ?? null,
    queue: mem?.queue ?? null,
    extension: mem?.extension ?? null,
    ivr: mem?.ivr ?? null,
    agentCall: mem?.agentCall ?? false,
    bridgedAt: mem?.bridgedAt ?? null,
  };
  if (e.type === 'hangup') {
    return {
      ...base,
      cause: e.cause,
      q850: e.q850,
      sipStatus: e.sipStatus ?? null,
      billSeconds: e.billSeconds,
      // One clock per fact: the switch's times for what the switch did (Pacer's when it sent none).
      originatedAt: e.startedAt ?? base.originatedAt,
      ringingAt: e.ringingAt ?? base.ringingAt,
      answeredAt: e.answeredAt ?? base.answeredAt,
    };
  }
  if (e.type === 'originate-failed') {
    const failed = { ...base, cause: e.cause, q850: q850Code(e.cause), sipStatus: null, billSeconds: 0 };
    if (!isSwitchRefusal(e.cause)) return failed;
    return {
      ...failed,
      forced: { outcome: CallOutcome.SWITCH_REFUSED, action: CauseAction.NEUTRAL, holdSeconds: SWITCH_REFUSAL_HOLD_SECONDS },
    };
  }
  if (e.type === 'call-lost')
    return mem?.answeredAt ? lostAfterAnswer(e.callId, e.at, 'CALL_LOST', mem.answeredAt, base) : interrupted(e.callId, e.at, 'CALL_LOST');
  return null;
}

/** A call whose end we will never learn (crash, lost link): NEUTRAL, the recipient is not punished. */
export function interrupted(callId: string, at: Date, cause: string, holdSeconds?: number): CallEnd {
  return {
    callId,
    at,
    cause,
    q850: null,
    sipStatus: null,
    billSeconds: 0,
    ringingAt: null,
    answeredAt: null,
    amdResult: null,
    forced: { outcome: CallOutcome.INTERRUPTED, action: CauseAction.NEUTRAL, ...(holdSeconds ? { holdSeconds } : {}) },
  };
}

/**
 * A call someone answered whose end we will never learn (Pacer or the switch died): not
 * INTERRUPTED, or the person who was listening would be called again at once as if never
 * reached. ANSWERED_LOST goes through the cause policy (default RETRY: counted, retry wait).
 */
export function lostAfterAnswer(callId: string, at: Date, cause: string, answeredAt: Date, known: Partial<CallEnd> = {}): CallEnd {
  return {
    callId,
    at,
    cause,
    q850: null,
    sipStatus: null,
    billSeconds: 0,
    ringingAt: known.ringingAt ?? null,
    answeredAt,
    amdResult: known.amdResult ?? null,
    originatedAt: known.originatedAt ?? null,
    lostAfterAnswer: true,
  };
}

/** The recipient and campaign facts an outcome needs, read under lock. */
export interface AttemptContext {
  attempts: number;
  extraAttempts: number;
  numberCursor: number;
  maxAttempts: number;
  retryWaitSeconds: number;
  policy: CausePolicy;
  /** NEUTRAL results in a row so far, and the campaign's bound on them. */
  uncountedInARow?: number;
  maxUncounted?: number;
  /** On record for the attempt: marked abandoned by the agent flow, or bridged to an agent. */
  abandoned?: boolean;
  bridged?: boolean;
}

export interface Verdict {
  outcome: CallOutcome;
  action: CauseAction;
  result: AttemptResult;
  /** The rotation cursor after this attempt: counted attempts move to the next number. */
  numberCursor: number;
  /**
   * ABANDONED with nothing on record yet: the agent flow writes its reason before it ends a call
   * itself, so an end that beats the mark is the customer's own hangup.
   */
  abandonReason?: AbandonReason;
}

/** Answered outcomes that mean a person took the call; for an agent call that never reached an agent, ABANDONED instead. */
const REACHED: ReadonlySet<CallOutcome> = new Set([CallOutcome.ANSWERED, CallOutcome.SHORT_CALL]);

/**
 * An answered person who never reached an agent (none free in time, the bridge failed, or they hung
 * up first) was dropped, not reached: ABANDONED, never a success.
 */
function dropped(end: CallEnd, ctx: AttemptContext): boolean {
  if (end.answeredAt === null || end.bridgedAt || ctx.bridged) return false;
  return Boolean(end.agentCall || ctx.abandoned);
}

/** Classification, cause policy and recipient move for one ended call (pure). */
export function judge(end: CallEnd, ctx: AttemptContext, now: Date): Verdict {
  const policyInput = { cause: end.cause, billSeconds: end.billSeconds };
  const classified =
    end.forced ??
    decideCauseAction(ctx.policy, {
      ...policyInput,
      outcome: confirmationOutcome(
        end.lostAfterAnswer
          ? CallOutcome.ANSWERED_LOST
          : destinationOutcome(
              queueOutcome(
                classifyHangup({
                  cause: end.cause,
                  q850: end.q850,
                  sipStatus: end.sipStatus,
                  answered: end.answeredAt !== null,
                  billSeconds: end.billSeconds,
                  amdResult: end.amdResult,
                }),
                end.queue,
              ),
              end.extension,
              end.ivr,
            ),
        end.confirmation,
      ),
    });
  const isDrop = !end.forced && REACHED.has(classified.outcome) && dropped(end, ctx);
  const decision = isDrop ? decideCauseAction(ctx.policy, { ...policyInput, outcome: CallOutcome.ABANDONED }) : classified;
  const result = applyAttemptResult({
    attempts: ctx.attempts,
    extraAttempts: ctx.extraAttempts,
    maxAttempts: ctx.maxAttempts,
    retryWaitSeconds: ctx.retryWaitSeconds,
    action: decision.action,
    now,
    // Pacer's own ends (lost, refused, skipped) and an outage on its path (gateway, switch down)
    // are held (at least until now), never bounded like a NEUTRAL result of calling the recipient.
    holdUntil: end.forced || isInfrastructureCause(end.cause) ? new Date(now.getTime() + (end.forced?.holdSeconds ?? 0) * 1000) : null,
    uncountedInARow: ctx.uncountedInARow,
    maxUncounted: ctx.maxUncounted,
  });
  const numberCursor = ctx.numberCursor + (result.counted ? 1 : 0);
  return { ...decision, result, numberCursor, ...(isDrop ? { abandonReason: AbandonReason.CUSTOMER_HUNG_UP_FIRST } : {}) };
}
