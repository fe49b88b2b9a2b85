/**
 * Small, exact probability helpers for predictive pacing. Why exact sums rather than normal
 * approximations: the decisions that matter are for small teams (1-5 free agents, 1-10 lines),
 * where the normal approximation is worst and the exact sums cost a few hundred operations.
 */

/**
 * P(Poisson(lambda) = k) for k = 0..kMax. The recurrence p(k) = p(k-1) x lambda / k needs one
 * exp; past lambda ~700 that exp underflows, so large means go through logs instead.
 */
export function poissonPmf(lambda: number, kMax: number): number[] {
  const out: number[] = [];
  if (lambda <= 0) {
    for (let k = 0; k <= kMax; k++) out.push(k === 0 ? 1 : 0);
    return out;
  }
  if (lambda < 700) {
    let p = Math.exp(-lambda);
    for (let k = 0; k <= kMax; k++) {
      if (k > 0) p *= lambda / k;
      out.push(p);
    }
    return out;
  }
  const logLambda = Math.log(lambda);
  let log = -lambda;
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) log += logLambda - Math.log(k);
    out.push(Math.exp(log));
  }
  return out;
}

/** P(Poisson(lambda) > k). */
export function poissonTailAbove(lambda: number, k: number): number {
  const pmf = poissonPmf(lambda, Math.max(0, Math.floor(k)));
  return Math.max(0, 1 - pmf.reduce((s, x) => s + x, 0));
}

/**
 * The largest Poisson mean whose chance of exceeding `k` events stays within `odds`: "how many
 * abandons may we expect in an hour and still keep that hour at or under its limit of `k`,
 * except with probability `odds`". Bisection (the tail grows with the mean), remembered per
 * (k, odds): the runner asks every tick and k changes only when the hour's volume does.
 */
const meanWithTail = new Map<string, number>();
export function poissonMeanWithTail(k: number, odds: number): number {
  const key = `${Math.floor(k)}:${odds}`;
  const known = meanWithTail.get(key);
  if (known !== undefined) return known;
  let lo = 0;
  let hi = Math.max(1, Math.floor(k) + 1);
  if (poissonTailAbove(hi, k) <= odds) lo = hi;
  else {
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (poissonTailAbove(mid, k) <= odds) lo = mid;
      else hi = mid;
    }
  }
  if (meanWithTail.size > 10_000) meanWithTail.clear();
  meanWithTail.set(key, lo);
  return lo;
}

/**
 * Wilson score upper bound of a proportion after `successes` of `trials`, `z` standard errors
 * up. Unlike p + z x sqrt(p(1-p)/n) it never falls as the observed proportion rises, and it
 * stays sensible for tiny samples and proportions near 0 or 1.
 */
export function wilsonUpper(successes: number, trials: number, z: number): number {
  if (!(trials > 0)) return 1;
  const p = Math.min(1, Math.max(0, successes / trials));
  const z2n = (z * z) / trials;
  const centre = p + z2n / 2;
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  return Math.min(1, (centre + spread) / (1 + z2n));
}

/** P(Binomial(n, p) = k) for k = 0..kMax (entries past n are 0). */
export function binomialPmf(n: number, p: number, kMax: number): number[] {
  const out: number[] = new Array<number>(kMax + 1).fill(0);
  const q = Math.min(1, Math.max(0, p));
  if (q === 1) {
    if (n <= kMax) out[n] = 1;
    return out;
  }
  let pk = Math.exp(n * Math.log1p(-q));
  for (let k = 0; k <= Math.min(n, kMax); k++) {
    if (k > 0) pk *= ((n - k + 1) / k) * (q / (1 - q));
    out[k] = pk;
  }
  return out;
}

/**
 * Distribution (truncated to 0..kMax) of how many of several independent events happen, each
 * with its own probability (the Poisson-binomial, by the textbook O(n k) recurrence), plus
 * `repeat` more events that share `repeatProbability` (a binomial, convolved in).
 */
export function countPmf(probabilities: readonly number[], kMax: number, repeat = 0, repeatProbability = 0): number[] {
  const pmf: number[] = new Array<number>(kMax + 1).fill(0);
  pmf[0] = 1;
  for (const p of probabilities) {
    const q = Math.min(1, Math.max(0, p));
    if (q === 0) continue;
    for (let k = kMax; k > 0; k--) pmf[k] = pmf[k] * (1 - q) + pmf[k - 1] * q;
    pmf[0] *= 1 - q;
  }
  if (repeat <= 0 || repeatProbability <= 0) return pmf;
  const other = binomialPmf(repeat, repeatProbability, kMax);
  const sum: number[] = new Array<number>(kMax + 1).fill(0);
  for (let i = 0; i <= kMax; i++) {
    if (pmf[i] === 0) continue;
    for (let j = 0; i + j <= kMax; j++) sum[i + j] += pmf[i] * other[j];
  }
  return sum;
}
