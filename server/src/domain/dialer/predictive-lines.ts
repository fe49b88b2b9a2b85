import { freeInTimeProbability, onCallFreeProbability } from './agent-freeing';
import { countPmf, poissonMeanWithTail, wilsonUpper } from './pacing-probability';
import { abandonHeadroom, type AbandonCounts } from './abandon-headroom';

/** Below this many settled calls in the window the measured hit rate is noise: dial 1:1. */
export const MIN_SAMPLE_CALLS = 20;
/** The window the runner measures over when it does not say (agent-slots.ts: 15 minutes). */
export const DEFAULT_WINDOW_SECONDS = 15 * 60;
/** Wrap-up after each call when the caller does not say (the Agent entity's default). */
export const DEFAULT_WRAP_UP_SECONDS = 10;
/**
 * The abandon limit holds per hour, not on average: plan for an hourly abandon count that
 * exceeds the hour's allowance with at most this probability.
 */
export const HOUR_OVER_LIMIT_ODDS = 0.05;
/**
 * The hit rate used is this many standard errors above the measured one (Wilson bound): more
 * answers than expected is what abandons, and a small window measures the rate loosely.
 */
export const HIT_RATE_MARGIN_Z = 2;

/** Rolling-window figures the runner measures for a predictive campaign. */
export interface PredictiveStats {
  /** Calls dialed in the window. */
  dialed: number;
  /** Human answers in the window. */
  humanAnswered: number;
  /** Human answers that found no agent within 2 s. */
  abandoned: number;
  /** Mean seconds from dial to a human answer; unknown: only agents within 2 s of free count. */
  avgAnswerSeconds?: number;
  /** Mean talk seconds of the window's bridged calls that ended; unknown: agents on a call are not counted as freeing. */
  avgTalkSeconds?: number;
  /** The window's length (default 900 s); answers per hour = humanAnswered x 3600 / windowSeconds. */
  windowSeconds?: number;
  /**
   * The same counts over the compliance profile's window (US_TSR 30 days, UK_OFCOM 24 h), which
   * must stay under the target too; absent (profile NONE): the short window alone.
   */
  profileWindow?: AbandonCounts | null;
}

/** Everything the predictive decision reads; `predictiveLines` documents the model. */
export interface PredictiveLinesInput extends PredictiveStats {
  freeAgents: number;
  /** Calls in flight without an agent: not settled yet, so they are left out of the hit rate. */
  callsPending: number;
  agentsOnCall?: number;
  /** For each agent in wrap-up, the seconds it has left. */
  wrapUpLeftSeconds?: readonly number[];
  wrapUpSeconds?: number;
  abandonTarget: number;
  maxDialRatio: number;
}

/**
 * The abandon share (abandons / human answers) to plan for: the largest mean that keeps an
 * hour with `answersPerHour` answers at or under `target` except with HOUR_OVER_LIMIT_ODDS.
 * A 5-agent team (~120 answers an hour, so 3 abandons allowed) plans ~1.1%; 100 agents ~2.5%.
 */
export function plannedAbandonShare(target: number, answersPerHour: number): number {
  if (!(answersPerHour > 0)) return 0;
  const allowed = Math.floor(target * answersPerHour + 1e-9);
  return Math.min(target, poissonMeanWithTail(allowed, HOUR_OVER_LIMIT_ODDS) / answersPerHour);
}

/**
 * Lines the campaign should have in flight (ringing or answered without an agent), new and
 * pending together. The model: the N lines answer X ~ Binomial(N, p) humans within about one
 * ring time, p being the hit rate over settled calls taken HIT_RATE_MARGIN_Z errors up; the
 * agents there to take them are the free ones plus Y, the busy agents that free up in time
 * (agent-freeing.ts; each its own chance). The expected share of answers
 * that find nobody, E[(X - free - Y)+] / E[X], must stay within a budget: the planned share
 * (above, smaller for small teams, whose hours hold few answers) scaled down linearly as the
 * measured abandon rate approaches the target, and zero at or above it, in the short window and
 * in the profile's (abandon-headroom.ts), whichever is closer to the target. N is the
 * largest count within the budget, at least one line per free agent (that never abandons) and
 * at most `maxDialRatio` lines per agent expected to be there. A window not yet full (a
 * campaign's first 15 minutes) under-counts answers per hour, which only plans more carefully.
 */
export function predictiveLines(input: PredictiveLinesInput): number {
  const free = Math.max(0, Math.floor(input.freeAgents));
  const target = input.abandonTarget;
  // Calls still ringing cannot have answered yet: counting them would bias the hit rate low,
  // badly so when a campaign starts and most of its calls are still ringing.
  const settled = input.dialed - Math.max(0, input.callsPending);
  if (settled < MIN_SAMPLE_CALLS || input.humanAnswered <= 0 || !(target > 0)) return free;
  const hitRate = wilsonUpper(input.humanAnswered, settled, HIT_RATE_MARGIN_Z);
  const headroom = abandonHeadroom(target, input, input.profileWindow);
  const answersPerHour = (input.humanAnswered * 3600) / (input.windowSeconds ?? DEFAULT_WINDOW_SECONDS);
  const budget = plannedAbandonShare(target, answersPerHour) * headroom;
  if (budget <= 0 || hitRate >= 1) return free;

  const answerS = input.avgAnswerSeconds ?? 0;
  const freeing = (input.wrapUpLeftSeconds ?? []).map((s) => freeInTimeProbability(s, answerS));
  const onCall = Math.max(0, Math.floor(input.agentsOnCall ?? 0));
  const onCallP = onCallFreeProbability(input.avgTalkSeconds ?? 0, input.wrapUpSeconds ?? DEFAULT_WRAP_UP_SECONDS, answerS);
  const expectedAgents = free + freeing.reduce((s, p) => s + p, 0) + onCall * onCallP;
  const cap = Math.max(free, Math.floor(Math.max(1, input.maxDialRatio) * expectedAgents + 1e-9));
  if (cap <= free) return free;

  // shortfall[c] = E[(c - Y)+]: the answers left without an agent when c more answer than free.
  const freedPmf = countPmf(freeing, cap - free, onCall, onCallP);
  const shortfall: number[] = [0];
  let freedAtMost = 0;
  for (let c = 1; c <= cap - free; c++) {
    freedAtMost += freedPmf[c - 1];
    shortfall.push(shortfall[c - 1] + freedAtMost);
  }
  // Grow N one line at a time, updating Binomial(N, p) in place; stop at the first N over the
  // budget (the unmet share grows with N).
  const binomial = new Float64Array(cap + 1);
  binomial[0] = 1;
  for (let n = 1; n <= cap; n++) {
    for (let x = n; x > 0; x--) binomial[x] = binomial[x] * (1 - hitRate) + binomial[x - 1] * hitRate;
    binomial[0] *= 1 - hitRate;
    if (n <= free) continue;
    let unmet = 0;
    for (let x = free + 1; x <= n; x++) unmet += binomial[x] * shortfall[x - free];
    if (unmet > budget * n * hitRate) return n - 1;
  }
  return cap;
}
