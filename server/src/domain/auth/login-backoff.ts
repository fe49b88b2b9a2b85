/**
 * How long a login key (an account, or a client address) must wait after its latest failure,
 * from the number of consecutive failures it has made. Pure so the schedule is unit-tested
 * exhaustively; limits/login-throttle.ts stores the counts and the waits in PostgreSQL.
 */
export interface LoginBackoffPolicy {
  /** Failures answered at once, with no wait after them. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  delaySeconds: number;
  /** At this many consecutive failures the key is locked out. */
  lockoutFailures: number;
  /** How long a lockout lasts; the growing delay never exceeds it. */
  lockoutSeconds: number;
}

export interface LoginBackoff {
  /** Seconds before the next attempt is heard (0: at once). */
  waitSeconds: number;
  /** True when this failure reached the lockout threshold (logged as a lockout). */
  lockedOut: boolean;
}

/** The wait owed after the `failures`-th consecutive failure. */
export function loginBackoff(policy: LoginBackoffPolicy, failures: number): LoginBackoff {
  if (failures >= policy.lockoutFailures) return { waitSeconds: policy.lockoutSeconds, lockedOut: true };
  const past = failures - policy.freeFailures;
  if (past <= 0) return { waitSeconds: 0, lockedOut: false };
  // 2^past overflows to Infinity long before it matters; min() caps it at the lockout.
  const wait = policy.delaySeconds * 2 ** (past - 1);
  return { waitSeconds: Math.min(wait, policy.lockoutSeconds), lockedOut: false };
}
