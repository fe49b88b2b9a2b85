import { createHash } from 'node:crypto';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { loginBackoff, type LoginBackoffPolicy } from '../domain/auth/login-backoff';
import { tooManyRequests } from '../errors/app-error';
import { logger } from '../logger';
import type { RateLimitStore } from './rate-limit-store';

/** Who is trying to sign in: the account named (known or not) and the client's address. */
export interface LoginAttempt {
  email: string;
  address: string | null;
}

export interface LoginThrottlePolicy {
  account: LoginBackoffPolicy;
  address: LoginBackoffPolicy;
  /** Failures older than this are forgotten (a fixed window from a key's first failure). */
  failureWindowSeconds: number;
}

interface Scope {
  name: 'account' | 'address';
  key: string;
  policy: LoginBackoffPolicy;
  /** Share of the in-flight slots one attempt takes (of IN_FLIGHT). */
  slots: number;
}

// Attempts checked at once: one per account, a few per address (an office behind one NAT).
const IN_FLIGHT = 4;
// An in-flight mark outlives no attempt by much; a process that died mid-check frees it then.
const IN_FLIGHT_SECONDS = 15;

/**
 * Slows and then locks out password guessing, per account and per client address. Each
 * failure adds to the key's consecutive-failure count; the pure schedule (domain/auth/
 * login-backoff.ts) turns that count into a wait, stored as a block in PostgreSQL so every
 * process refuses the key until it lapses. Refused attempts never reach the password check
 * and do not count; a success clears the account's and the address's counts. The account key
 * is the hashed email whether or not the account exists: a lockout reveals no account.
 *
 * Concurrent guesses would all pass the wait check before any of them failed, so attempts
 * also take an in-flight slot (one per account, IN_FLIGHT per address, atomic in PostgreSQL)
 * until their failure and its wait are recorded.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterPostgres;
  private readonly waits: RateLimiterPostgres;
  private readonly inFlight: RateLimiterPostgres;

  constructor(
    store: RateLimitStore,
    private readonly policy: LoginThrottlePolicy,
  ) {
    const most = Math.max(policy.account.lockoutFailures, policy.address.lockoutFailures);
    this.failures = store.limiter('login_fail', most, policy.failureWindowSeconds);
    // A gate: `block()` marks a key refused for a while; `get()` tells whether it still is.
    this.waits = store.limiter('login_wait', 1, 1);
    this.inFlight = store.limiter('login_busy', IN_FLIGHT, IN_FLIGHT_SECONDS);
  }

  /**
   * Runs `check` (the password check) unless the account or address must wait (then
   * TOO_MANY_REQUESTS with the longest wait owed). `isFailure` tells a wrong credential, which
   * counts, from any other error, which does not.
   */
  async guard<T>(attempt: LoginAttempt, check: () => Promise<T>, isFailure: (err: unknown) => boolean): Promise<T> {
    const scopes = this.scopes(attempt);
    await this.assertNoWait(scopes);
    const taken: Scope[] = [];
    try {
      for (const s of scopes) {
        await this.take(s);
        taken.push(s);
      }
      let result: T;
      try {
        result = await check();
      } catch (err) {
        if (isFailure(err)) await this.recordFailure(scopes, attempt);
        throw err;
      }
      for (const s of scopes) {
        await this.failures.delete(s.key);
        await this.waits.delete(s.key);
      }
      return result;
    } finally {
      for (const s of taken) await this.inFlight.reward(s.key, s.slots).catch(() => undefined);
    }
  }

  private async assertNoWait(scopes: Scope[]): Promise<void> {
    let waitMs = 0;
    let scope: Scope['name'] | null = null;
    for (const s of scopes) {
      const res = await this.waits.get(s.key);
      if (res && res.consumedPoints > this.waits.points && res.msBeforeNext > waitMs) {
        waitMs = res.msBeforeNext;
        scope = s.name;
      }
    }
    if (!scope) return;
    const seconds = Math.ceil(waitMs / 1000);
    const who = scope === 'account' ? 'this account' : 'this address';
    throw tooManyRequests(`Too many failed sign-ins for ${who}; try again in ${seconds} s`, seconds);
  }

  private async take(s: Scope): Promise<void> {
    try {
      await this.inFlight.consume(s.key, s.slots);
    } catch (err) {
      if (err instanceof Error) throw err;
      // Refused: the slot was still counted; give it back.
      await this.inFlight.reward(s.key, s.slots).catch(() => undefined);
      throw tooManyRequests(`Another sign-in for this ${s.name} is being checked; try again in a moment`, 1);
    }
  }

  private async recordFailure(scopes: Scope[], attempt: LoginAttempt): Promise<void> {
    for (const s of scopes) {
      const res = await this.failures.penalty(s.key);
      const { waitSeconds, lockedOut } = loginBackoff(s.policy, res.consumedPoints);
      if (waitSeconds > 0) await this.waits.block(s.key, waitSeconds);
      if (!lockedOut) continue;
      const who = s.name === 'account' ? { email: normalized(attempt.email) } : { address: attempt.address };
      logger.warn(
        { event: 'login_lockout', scope: s.name, ...who, failures: res.consumedPoints, lockoutSeconds: waitSeconds },
        `login locked out: ${s.name}`,
      );
    }
  }

  private scopes(attempt: LoginAttempt): Scope[] {
    const account: Scope = { name: 'account', key: `acct:${hashed(attempt.email)}`, policy: this.policy.account, slots: IN_FLIGHT };
    if (!attempt.address) return [account];
    return [account, { name: 'address', key: `addr:${attempt.address}`, policy: this.policy.address, slots: 1 }];
  }
}

function normalized(email: string): string {
  return email.trim().toLowerCase();
}

// Keys stay short (the column holds 255) and the table holds no email addresses.
function hashed(email: string): string {
  return createHash('sha256').update(normalized(email)).digest('hex').slice(0, 40);
}
