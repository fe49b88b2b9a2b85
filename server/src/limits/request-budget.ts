import type { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal';
import { logger } from '../logger';
import type { RateLimitStore } from './rate-limit-store';

/**
 * Requests per session token or API key per window, counted in PostgreSQL so the budget is
 * one across every API process. A session's budget is its own (two logins of one user are two
 * tokens); an API key's is shared by everything that uses the key.
 */
export class RequestBudget {
  private readonly limiter: RateLimiterPostgres | null;

  /** `points` 0 turns the budget off. */
  constructor(store: RateLimitStore, points: number, windowSeconds: number) {
    this.limiter = points > 0 ? store.limiter('req', points, windowSeconds) : null;
  }

  /** Spends one request; null when allowed, else the seconds until the budget refills. */
  async spend(principal: Principal): Promise<number | null> {
    if (!this.limiter) return null;
    const key = principal.kind === 'API_KEY' ? `key:${principal.id}` : `sess:${principal.sessionId ?? principal.id}`;
    try {
      await this.limiter.consume(key);
      return null;
    } catch (err) {
      if (!isLimiterRes(err)) throw err;
      // Logged once per window: the first refused request, not every one after it.
      if (err.consumedPoints === this.limiter.points + 1) {
        logger.warn(
          { event: 'request_budget_exhausted', principal: principal.label, kind: principal.kind, retryAfterMs: err.msBeforeNext },
          'request budget exhausted',
        );
      }
      return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    }
  }
}

// The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
function isLimiterRes(err: unknown): err is RateLimiterRes {
  return typeof err === 'object' && err !== null && !(err instanceof Error) && 'msBeforeNext' in err;
}
