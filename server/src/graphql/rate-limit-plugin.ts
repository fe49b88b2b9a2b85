import type { ApolloServerPlugin } from '@apollo/server';
import { tooManyRequests, ErrorCode } from '../errors/app-error';
import type { Context } from './context';

/**
 * Rate limits at the HTTP edge of GraphQL: every operation sent with a session token or an
 * API key spends one request of that credential's budget (limits/request-budget.ts), and a
 * response whose whole operation was refused with TOO_MANY_REQUESTS (a spent budget, a login
 * that must wait) goes out as HTTP 429 with a `Retry-After` header. A partial result keeps
 * status 200: some of it was answered.
 */
export function rateLimitPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const principal = contextValue.principal;
          if (!principal) return;
          const wait = await contextValue.limits.requests.spend(principal);
          if (wait !== null) throw tooManyRequests(`The request budget of these credentials is spent; try again in ${wait} s`, wait);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data != null || !errors?.length) return;
          const waits = errors
            .filter((e) => e.extensions?.code === ErrorCode.TOO_MANY_REQUESTS)
            .map((e) => Number(e.extensions?.retryAfterSeconds) || 1);
          if (waits.length === 0) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}
