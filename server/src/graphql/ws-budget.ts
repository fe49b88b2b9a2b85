import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { ErrorCode } from '../errors/app-error';
import type { Context } from './context';

type Run<R> = (args: ExecutionArgs) => R;

/**
 * The same request budget over WebSocket: graphql-ws calls `execute`/`subscribe` once per
 * operation with our Context, so wrapping them spends one request per query, mutation or
 * subscription start (not per event streamed). A spent budget answers that operation with
 * TOO_MANY_REQUESTS and its retryAfterSeconds; the socket stays open.
 */
export function budgeted<R>(run: Run<R>): Run<Promise<Awaited<R> | ExecutionResult>> {
  return async (args): Promise<Awaited<R> | ExecutionResult> => {
    const ctx = args.contextValue as Context;
    if (ctx.principal) {
      const wait = await ctx.limits.requests.spend(ctx.principal);
      if (wait !== null) {
        const message = `The request budget of these credentials is spent; try again in ${wait} s`;
        return { errors: [new GraphQLError(message, { extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: wait } })] };
      }
    }
    return await run(args);
  };
}
