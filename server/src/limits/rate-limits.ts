import type { Config } from '../config';
import { LoginThrottle } from './login-throttle';
import { RateLimitStore } from './rate-limit-store';
import { RequestBudget } from './request-budget';

/** Every rate limit of one API process, on one small pool of its database. */
export interface RateLimits {
  login: LoginThrottle;
  requests: RequestBudget;
  close(): Promise<void>;
}

export type RateLimitConfig = Pick<
  Config,
  | 'PACER_LOGIN_FREE_FAILURES'
  | 'PACER_LOGIN_DELAY_SECONDS'
  | 'PACER_LOGIN_LOCKOUT_FAILURES'
  | 'PACER_LOGIN_LOCKOUT_SECONDS'
  | 'PACER_LOGIN_ADDRESS_FREE_FAILURES'
  | 'PACER_LOGIN_ADDRESS_LOCKOUT_FAILURES'
  | 'PACER_LOGIN_FAILURE_WINDOW_SECONDS'
  | 'PACER_RATE_LIMIT_REQUESTS'
  | 'PACER_RATE_LIMIT_WINDOW_SECONDS'
>;

export function createRateLimits(config: RateLimitConfig, databaseUrl: string): RateLimits {
  const store = new RateLimitStore(databaseUrl);
  const shared = { delaySeconds: config.PACER_LOGIN_DELAY_SECONDS, lockoutSeconds: config.PACER_LOGIN_LOCKOUT_SECONDS };
  const login = new LoginThrottle(store, {
    account: { ...shared, freeFailures: config.PACER_LOGIN_FREE_FAILURES, lockoutFailures: config.PACER_LOGIN_LOCKOUT_FAILURES },
    address: {
      ...shared,
      freeFailures: config.PACER_LOGIN_ADDRESS_FREE_FAILURES,
      lockoutFailures: config.PACER_LOGIN_ADDRESS_LOCKOUT_FAILURES,
    },
    failureWindowSeconds: config.PACER_LOGIN_FAILURE_WINDOW_SECONDS,
  });
  const requests = new RequestBudget(store, config.PACER_RATE_LIMIT_REQUESTS, config.PACER_RATE_LIMIT_WINDOW_SECONDS);
  return { login, requests, close: () => store.close() };
}
