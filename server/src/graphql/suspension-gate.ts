import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { tenantSuspended } from '../auth/suspension';
import type { Context } from './context';

/**
 * A suspended tenant's users and keys get FORBIDDEN with the operator's reason on every
 * operation (issue 21), before anything runs: over HTTP here (status 403 when nothing was
 * answered), over WebSocket by wrapping graphql-ws's execute and subscribe (the socket stays
 * open; each new operation is refused). The principal says whether its tenant is suspended
 * (auth/authenticate.ts); a WebSocket connection's lookup is reused for up to its recheck
 * interval (http/connection-auth.ts), so a connection opened before the suspension is refused
 * from then on. Subscriptions already streaming are not cut.
 */
export function suspensionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const reason = contextValue.principal?.suspendedReason;
          if (reason !== undefined) throw tenantSuspended(reason);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data != null || !errors?.length) return;
          if (errors.every((e) => e.extensions?.reason === 'TENANT_SUSPENDED')) response.http.status = 403;
        },
      };
    },
  };
}

type Run<R> = (args: ExecutionArgs) => R;

/** graphql-ws's execute / subscribe, refusing a suspended tenant's operation with FORBIDDEN and the reason. */
export function refusingSuspended<R>(run: Run<R>): Run<R | ExecutionResult> {
  return (args) => {
    const reason = (args.contextValue as Context).principal?.suspendedReason;
    if (reason === undefined) return run(args);
    const refusal = tenantSuspended(reason);
    return { errors: [new GraphQLError(refusal.message, { extensions: refusal.extensions })] };
  };
}
