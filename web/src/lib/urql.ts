'use client';
/**
 * The one urql client of the console.
 * - HTTP: POST to /graphql on this origin (a Next route handler forwards it to the API);
 *   POST only, because Apollo's CSRF guard refuses urql's default GET.
 * - Subscriptions: graphql-ws straight to the API, retrying forever with backoff; its state
 *   drives the live indicator (lib/live.ts).
 * - Auth: `Authorization: Bearer <token>` on HTTP, `connectionParams.authorization` on WS.
 * - Errors keep their `extensions.code`; UNAUTHENTICATED signs the user out.
 */
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { setLiveStatus } from './live';

export interface ConsoleClient {
  client: Client;
  dispose(): void;
}

export function makeClient(opts: { token: string | null; wsUrl: string; onUnauthenticated(): void }): ConsoleClient {
  const authorization = opts.token ? `Bearer ${opts.token}` : undefined;
  let ws: WsClient | null = null;
  if (opts.token) {
    let everConnected = false;
    setLiveStatus('connecting');
    ws = createWsClient({
      url: opts.wsUrl,
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** retries)));
      },
      connectionParams: () => ({ authorization }),
      on: {
        connecting: () => setLiveStatus(everConnected ? 'reconnecting' : 'connecting'),
        connected: () => {
          everConnected = true;
          setLiveStatus('live');
        },
        closed: () => setLiveStatus('reconnecting'),
      },
    });
  } else {
    setLiveStatus('offline');
  }
  const socket = ws;

  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => ({ headers: authorization ? { authorization } : ({} as Record<string, string>) }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) opts.onUnauthenticated();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        enableAllOperations: false,
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              if (!socket) {
                sink.error(new Error('Not signed in'));
                return { unsubscribe: () => undefined };
              }
              const unsubscribe = socket.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return {
    client,
    dispose() {
      void socket?.dispose();
    },
  };
}
