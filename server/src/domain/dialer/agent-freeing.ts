/**
 * How likely a busy agent is to be free by the time a call dialed now is answered. Predictive
 * dialing may dial for these agents too: an agent finishing wrap-up is almost surely free when
 * a call that rings 5-25 s answers. What we know is only the window's means, so the model is
 * deliberately plain:
 *  - the answer delay is uniform on [0, 2 x its mean] (early answers, the ones that catch an
 *    agent still busy, get their full share; none is assumed later than twice the mean);
 *  - an agent in wrap-up frees exactly when its wrap-up ends;
 *  - an agent on a call talks for a further exponential time with the window's mean talk time,
 *    then wraps up. Memoryless on purpose: talk times have long tails, and an agent 100 s into
 *    a call that averages 120 s is not "nearly done"; conditioning on the elapsed time would
 *    need the talk-time distribution, not its mean, and would over-dial when it is wrong.
 */

/** An answered call with no agent within this long is abandoned (the runner's rule, product.md). */
export const ABANDON_WAIT_SECONDS = 2;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Chance an agent free in exactly `secondsUntilFree` takes a call dialed now. */
export function freeInTimeProbability(secondsUntilFree: number, avgAnswerSeconds: number): number {
  const spread = 2 * Math.max(0, avgAnswerSeconds);
  const late = Math.max(0, secondsUntilFree) - ABANDON_WAIT_SECONDS;
  if (late <= 0) return 1;
  if (spread <= 0) return 0;
  return 1 - clamp01(late / spread);
}

/**
 * Chance an agent on a call takes a call dialed now: the exponential remaining talk (mean
 * `avgTalkSeconds`) plus `wrapUpSeconds`, against the uniform answer delay. Closed form of
 * E[1 - clamp((R + c) / s)] with R ~ Exp(T), c = wrap-up - abandon wait, s = 2 x mean answer.
 */
export function onCallFreeProbability(avgTalkSeconds: number, wrapUpSeconds: number, avgAnswerSeconds: number): number {
  const t = avgTalkSeconds;
  const s = 2 * avgAnswerSeconds;
  const c = Math.max(0, wrapUpSeconds) - ABANDON_WAIT_SECONDS;
  if (!(t > 0) || !(s > 0) || c >= s) return 0;
  const a = Math.max(0, -c); // remaining talk short enough to be free before the earliest answer
  const b = s - c; // remaining talk too long for even the latest answer
  const ea = Math.exp(-a / t);
  const eb = Math.exp(-b / t);
  const sure = 1 - ea;
  const within = ea - eb; // P(a <= R <= b)
  const meanPart = (a + t) * ea - (b + t) * eb; // E[R; a <= R <= b]
  return clamp01(sure + (1 - c / s) * within - meanPart / s);
}
