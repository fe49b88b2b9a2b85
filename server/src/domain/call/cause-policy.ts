import { z } from 'zod';
import { CallOutcome, CauseAction } from './call-outcome';
import { HANGUP_CAUSE_CODES, isKnownHangupCause, normalizeCause } from './hangup-causes';

/**
 * What each outcome does to the recipient unless the campaign says otherwise. Anything that
 * reached a human is a success; transient failures are retried; a number or gateway that can
 * never work fails the recipient at once; results that say nothing about the recipient
 * (the call was lost, a callback was booked) do not count as an attempt.
 */
export const DEFAULT_OUTCOME_ACTIONS: Readonly<Record<CallOutcome, CauseAction>> = Object.freeze({
  [CallOutcome.ANSWERED]: CauseAction.SUCCESS,
  [CallOutcome.MACHINE]: CauseAction.RETRY,
  [CallOutcome.FAX]: CauseAction.FAIL,
  [CallOutcome.BUSY]: CauseAction.RETRY,
  [CallOutcome.NO_ANSWER]: CauseAction.RETRY,
  [CallOutcome.CANCEL]: CauseAction.RETRY,
  [CallOutcome.CONGESTION]: CauseAction.RETRY,
  [CallOutcome.CHANUNAVAIL]: CauseAction.RETRY,
  [CallOutcome.NOROUTE]: CauseAction.FAIL,
  [CallOutcome.REJECTED]: CauseAction.RETRY,
  [CallOutcome.INVALID_NUMBER]: CauseAction.FAIL,
  [CallOutcome.INVALID_GATEWAY]: CauseAction.FAIL,
  [CallOutcome.ABANDONED]: CauseAction.RETRY,
  [CallOutcome.SHORT_CALL]: CauseAction.RETRY,
  [CallOutcome.IVR_STARTED]: CauseAction.RETRY,
  [CallOutcome.IVR_FINISHED]: CauseAction.SUCCESS,
  [CallOutcome.CONFIRMED]: CauseAction.SUCCESS,
  // A confirmation was asked for and never keyed: counted, called again after the retry wait.
  [CallOutcome.UNCONFIRMED]: CauseAction.RETRY,
  [CallOutcome.QUEUE_JOIN]: CauseAction.RETRY,
  [CallOutcome.QUEUE_ANSWER]: CauseAction.SUCCESS,
  [CallOutcome.QUEUE_TIMEOUT]: CauseAction.RETRY,
  // The queue had nobody to take the call, or no room: the person was reached, nobody served them.
  [CallOutcome.QUEUE_EMPTY]: CauseAction.RETRY,
  [CallOutcome.QUEUE_FULL]: CauseAction.RETRY,
  // A queue the switch does not know fails every call the same way: stop, the campaign needs fixing.
  [CallOutcome.QUEUE_INVALID]: CauseAction.FAIL,
  // The extension's phone answered: the person was put through.
  [CallOutcome.IN_ANSWER]: CauseAction.SUCCESS,
  // The person answered but the extension did not: try again after the retry wait.
  [CallOutcome.IN_BUSY]: CauseAction.RETRY,
  [CallOutcome.IN_NOANSWER]: CauseAction.RETRY,
  [CallOutcome.IN_CANCEL]: CauseAction.RETRY,
  [CallOutcome.IN_CONGESTION]: CauseAction.RETRY,
  [CallOutcome.IN_CHANUNAVAIL]: CauseAction.RETRY,
  // No call: the callback waits for the campaign to be restarted.
  [CallOutcome.RESCHEDULED]: CauseAction.NEUTRAL,
  [CallOutcome.SENT]: CauseAction.SUCCESS,
  [CallOutcome.FAILED]: CauseAction.FAIL,
  [CallOutcome.INTERRUPTED]: CauseAction.NEUTRAL,
  // Someone answered: counted, and called again only after the retry wait (never at once).
  [CallOutcome.ANSWERED_LOST]: CauseAction.RETRY,
  // No call was placed (the switch's own limits): the recipient stays ready.
  [CallOutcome.SWITCH_REFUSED]: CauseAction.NEUTRAL,
});

/**
 * Raw causes whose default differs from their outcome's: a down gateway or a switch that
 * went away says nothing about the recipient, so the recipient stays ready and no attempt
 * counts (product.md "Gateway").
 */
export const DEFAULT_CAUSE_ACTIONS: Readonly<Record<string, CauseAction>> = Object.freeze({
  GATEWAY_DOWN: CauseAction.NEUTRAL,
  SYSTEM_SHUTDOWN: CauseAction.NEUTRAL,
  CRASH: CauseAction.NEUTRAL,
  MANAGER_REQUEST: CauseAction.NEUTRAL,
  LOSE_RACE: CauseAction.NEUTRAL,
  // Q.850 21: the callee's side "does not wish to accept this call, although it could have"
  // (ITU-T Q.850), what carriers send for a declined call (SIP 603) or a number that blocks us.
  // Calling again until maxAttempts would keep ringing someone who said no: final by default.
  CALL_REJECTED: CauseAction.FAIL,
});

/**
 * Of those, the causes that are the installation's trouble (a gateway or the switch down), not a
 * result of calling the recipient: NEUTRAL for them is neither held for the retry wait nor bounded
 * by maxUncountedAttempts, so an outage fails nobody and dialing resumes as soon as it is over.
 */
const INFRASTRUCTURE_CAUSES: ReadonlySet<string> = new Set(['GATEWAY_DOWN', 'SYSTEM_SHUTDOWN', 'CRASH']);

/** True for a cause that says nothing about the recipient, only about Pacer's own path to it. */
export function isInfrastructureCause(cause: string | null | undefined): boolean {
  return cause != null && INFRASTRUCTURE_CAUSES.has(normalizeCause(cause));
}

/** Outcomes that mean the callee answered; hangup-cause keys never apply to them. */
const ANSWERED_OUTCOMES: ReadonlySet<CallOutcome> = new Set([
  CallOutcome.ANSWERED,
  CallOutcome.MACHINE,
  CallOutcome.FAX,
  CallOutcome.ABANDONED,
  CallOutcome.SHORT_CALL,
  CallOutcome.IVR_STARTED,
  CallOutcome.IVR_FINISHED,
  CallOutcome.CONFIRMED,
  CallOutcome.UNCONFIRMED,
  CallOutcome.QUEUE_JOIN,
  CallOutcome.QUEUE_ANSWER,
  CallOutcome.QUEUE_TIMEOUT,
  CallOutcome.QUEUE_EMPTY,
  CallOutcome.QUEUE_FULL,
  CallOutcome.QUEUE_INVALID,
  CallOutcome.IN_ANSWER,
  CallOutcome.IN_BUSY,
  CallOutcome.IN_NOANSWER,
  CallOutcome.IN_CANCEL,
  CallOutcome.IN_CONGESTION,
  CallOutcome.IN_CHANUNAVAIL,
  CallOutcome.ANSWERED_LOST,
]);

const OUTCOME_NAMES: ReadonlySet<string> = new Set(Object.values(CallOutcome));

/** Longest a policy map may be; more keys than causes and outcomes means garbage input. */
const MAX_OVERRIDES = 200;

/**
 * Validates a campaign's overrides: keys are outcome names (BUSY, MACHINE…) or FreeSWITCH
 * hangup causes (USER_BUSY, GATEWAY_DOWN…), any case; values are actions. Keys come out
 * upper-cased so lookups need no normalising. Typos are rejected so a supervisor is not
 * left wondering why an override never applies.
 */
export const causeOverridesSchema = z
  .record(z.string(), z.nativeEnum(CauseAction))
  .superRefine((map, ctx) => {
    const keys = Object.keys(map);
    if (keys.length > MAX_OVERRIDES) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `at most ${MAX_OVERRIDES} overrides` });
    }
    const seen = new Set<string>();
    for (const key of keys) {
      const name = normalizeCause(key);
      if (!OUTCOME_NAMES.has(name) && !isKnownHangupCause(name)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          message: `"${key}" is neither a call outcome nor a known hangup cause`,
        });
      }
      if (seen.has(name)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: `"${key}" is listed twice` });
      }
      seen.add(name);
    }
  })
  .transform((map) => {
    const out: Record<string, CauseAction> = {};
    for (const [key, action] of Object.entries(map)) out[normalizeCause(key)] = action;
    return out;
  });

/**
 * The same overrides as a list of `{ cause, action }`, the shape of the GraphQL
 * CausePolicyEntryInput (GraphQL has no map type). Duplicates are rejected, not merged.
 */
export const causeOverrideListSchema = z
  .array(z.object({ cause: z.string(), action: z.nativeEnum(CauseAction) }))
  .max(MAX_OVERRIDES)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      const name = normalizeCause(entry.cause);
      if (seen.has(name)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'cause'], message: `"${entry.cause}" is listed twice` });
      }
      seen.add(name);
    });
  })
  .transform((list) => Object.fromEntries(list.map((e) => [e.cause, e.action])))
  .pipe(causeOverridesSchema);

/** Every key an override may use (outcomes, then hangup causes), for the console's picker. */
export function causeOverrideKeys(): { outcomes: CallOutcome[]; causes: string[] } {
  return { outcomes: Object.values(CallOutcome), causes: Object.keys(HANGUP_CAUSE_CODES) };
}

/** The override map after validation: upper-case keys. */
export type CauseOverrides = Readonly<Record<string, CauseAction>>;

/** Minimum successful duration input: whole seconds, 0 disables the rule. */
export const minSuccessSecondsSchema = z.number().int().min(0).max(3600).default(0);

/** One campaign's cause policy (copied into the start snapshot so history stays true). */
export interface CausePolicy {
  overrides: CauseOverrides;
  /** Answered calls shorter than this become SHORT_CALL; 0 disables the rule. */
  minSuccessSeconds: number;
}

/** The policy of a campaign that configured nothing. */
export const DEFAULT_CAUSE_POLICY: CausePolicy = Object.freeze({ overrides: {}, minSuccessSeconds: 0 });

/** What the runner knows when a call has ended. */
export interface PolicyInput {
  outcome: CallOutcome;
  /** Raw hangup cause, if the outcome came from the switch. */
  cause?: string | null;
  billSeconds?: number | null;
}

/** The final outcome (SHORT_CALL may replace ANSWERED) and what it does to the recipient. */
export interface PolicyDecision {
  outcome: CallOutcome;
  action: CauseAction;
}

function own(map: Readonly<Record<string, CauseAction>>, key: string): CauseAction | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/**
 * Decides what a finished call does to its recipient. Precedence, most specific first:
 * campaign override for the raw cause, campaign override for the outcome, default for the
 * raw cause, default for the outcome. Cause keys are ignored for answered calls (their cause
 * only says who hung up). Answered calls shorter than `minSuccessSeconds` become SHORT_CALL.
 */
export function decideCauseAction(policy: CausePolicy, input: PolicyInput): PolicyDecision {
  let outcome = input.outcome;
  const billSeconds = input.billSeconds ?? 0;
  if (outcome === CallOutcome.ANSWERED && policy.minSuccessSeconds > 0 && billSeconds < policy.minSuccessSeconds) {
    outcome = CallOutcome.SHORT_CALL;
  }

  const cause = ANSWERED_OUTCOMES.has(outcome) ? '' : normalizeCause(input.cause);
  const overrides = policy.overrides;
  const action =
    (cause ? own(overrides, cause) : undefined) ??
    own(overrides, outcome) ??
    (cause ? own(DEFAULT_CAUSE_ACTIONS, cause) : undefined) ??
    DEFAULT_OUTCOME_ACTIONS[outcome];
  return { outcome, action };
}
