/**
 * Sessions one call takes on FreeSWITCH, which counts every leg against its max sessions and
 * sessions per second: a loopback call is two (its `-a` leg and the `-b` leg that runs the
 * dialplan), any other endpoint one. Over the limit the switch refuses the `-b` leg of a
 * loopback call (seen on 1.10.12), so Pacer budgets the switch's limits in sessions, not calls.
 */
export function sessionsPerCall(dialString: string): number {
  return /^loopback\//i.test(dialString.trim()) ? 2 : 1;
}

/**
 * How many calls of `perCall` sessions the switch has room for beside `ours` calls Pacer has in
 * flight: the sessions not Pacer's calls (agent legs, inbound, other users of the switch) are what
 * the switch reports beyond ours. A stale report errs safe: our calls placed since it count in full.
 */
export function callCapacity(sw: { maxSessions: number; activeSessions: number }, ours: number, perCall: number): number {
  const others = Math.max(0, sw.activeSessions - ours * perCall);
  return Math.max(0, Math.floor((sw.maxSessions - others) / perCall));
}
