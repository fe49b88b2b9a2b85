/**
 * The dial speed a campaign or gateway gets when none is given: half its concurrency per
 * second (at least 1, at most 1000). A call holds its slot at least a couple of seconds
 * (ringing alone takes that), so at this speed the concurrency fills within about two seconds
 * and stays full; a speed of 1/s with 20 slots and 3-second calls never got past 3 calls.
 */
export function defaultCallsPerSecond(concurrency: number): number {
  if (!Number.isFinite(concurrency) || concurrency <= 2) return 1;
  return Math.min(1000, Math.round(concurrency * 5) / 10);
}

/**
 * Whether `callsPerSecond` is still the default for `concurrency`: such a speed follows the
 * concurrency when it changes; a speed someone chose stays.
 */
export function isDefaultSpeed(callsPerSecond: number, concurrency: number): boolean {
  return callsPerSecond === defaultCallsPerSecond(concurrency);
}
