import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { execute, subscribe, type GraphQLSchema } from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Principal } from '../auth/principal';
import { Authenticator } from '../auth/authenticator';
import type { Context } from '../graphql/context';
import type { EventBus } from '../events/event-bus';
import { formatError } from '../graphql/format-error';
import { createLoaders } from '../graphql/loaders/loaders';
import { apolloLimits } from '../graphql/limits/apollo-limits';
import type { OperationLimits } from '../graphql/limits/operation-limits';
import { wsLimits } from '../graphql/limits/ws-limits';
import { rateLimitPlugin } from '../graphql/rate-limit-plugin';
import { budgeted } from '../graphql/ws-budget';
import { refusingSuspended, suspensionPlugin } from '../graphql/suspension-gate';
import type { RateLimits } from '../limits/rate-limits';
import { graphqlHttpStatusPlugin } from './graphql-http-status';
import { graphqlHttpErrors, jsonErrors, notFoundRoute } from './json-errors';
import { limitsPreflight } from './limits-preflight';
import { SharedSubscriptions } from '../graphql/pubsub/shared-subscriptions';
import { ConnectionAuth } from './connection-auth';
import { LiveOperations } from './live-operations';

/** What a plain HTTP route (uploads, CSV exports) gets: the same auth and database as GraphQL. */
export interface RouteDeps {
  orm: MikroORM;
  bus: EventBus;
  /** A fresh request context (forked EntityManager, authenticated principal or null). */
  contextFor(authorization: unknown, clientAddress?: string | null): Promise<Context>;
}

/** The API's rate limits (limits/rate-limits.ts) and whose X-Forwarded-For to believe (Express `trust proxy`). */
export interface ApiServerOptions {
  /** Rate limits per principal (login lockouts, request budgets). */
  limits: RateLimits;
  trustProxy: boolean | number | string;
  /** Operation limits (tokens, depth, aliases, directives, cost), checked before execution. */
  operationLimits: OperationLimits;
  /** How long a graphql-ws connection's sign-in serves its new operations (connection-auth.ts); default 5 s. */
  wsAuthRecheckMs?: number;
}

export type RouteMount = (app: express.Express, deps: RouteDeps) => void;

export interface ApiServer {
  http: Server;
  /**
   * The WebSocket subscriptions now streaming (registered on the bus), per connection: `has(id)`
   * when some connection streams one of that id. graphql-ws sends no "subscribed"
   * acknowledgement; this is how a client (a test) can tell it is live.
   */
  liveSubscriptions: Pick<LiveOperations, 'has' | 'size'>;
  /** The shared subscription streams (one execution per event and sharing key; graphql/pubsub). */
  fanout: SharedSubscriptions;
  /** Credential lookups (queued, shared while queued; auth/authenticator.ts). */
  authenticator: Authenticator;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * One HTTP server carries GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws) on
 * the same path, so one URL serves queries, mutations and subscriptions.
 */
export async function createApiServer(
  orm: MikroORM,
  bus: EventBus,
  schema: GraphQLSchema,
  routes: RouteMount[],
  options: ApiServerOptions,
): Promise<ApiServer> {
  const limits = options.operationLimits;
  const app = express();
  app.set('trust proxy', options.trustProxy);
  const http = createServer(app);
  // Idle keep-alive sockets outlive the clients' own idle timers (undici 4 s, proxies ~60 s):
  // a server closing first races a request already on its way, which the client sees as ECONNRESET.
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const wss = new WebSocketServer({ server: http, path: '/graphql' });

  const authenticator = new Authenticator(orm);
  const connections = new ConnectionAuth(authenticator, options.wsAuthRecheckMs ?? 5000);
  const contextOf = (principal: Principal | null, clientAddress: string | null): Context => {
    const em = orm.em.fork();
    return { em, bus, principal, loaders: createLoaders(em), clientAddress, limits: options.limits };
  };
  const contextFor = async (authorization: unknown, clientAddress: string | null = null): Promise<Context> =>
    contextOf(await authenticator.authenticate(authorization), clientAddress);

  const liveSubscriptions = new LiveOperations();
  const addresses = new WeakMap<object, string | null>();
  const fanout = new SharedSubscriptions();
  const shared = fanout.share<{ authorization?: unknown }, Extra>({
    schema,
    // Same operation limits as HTTP, checked before anything runs.
    onSubscribe: wsLimits(schema, limits),
    // Who the connection is, looked up at connection_init and reused while fresh (connection-auth.ts).
    onConnect: async (ctx) => {
      addresses.set(ctx, ctx.extra.request.socket.remoteAddress ?? null);
      // The upgrade request (headers, its first bytes) would be held for the connection's life
      // (~2 KB each); its address is all we use (the fan-out took its TCP socket before this ran,
      // shared-subscriptions.ts). Nothing reads `extra.request` after this.
      Reflect.deleteProperty(ctx.extra, 'request');
      await connections.principalOf(ctx, ctx.connectionParams?.authorization).catch(() => null);
    },
    context: async (ctx) => contextOf(await connections.principalOf(ctx, ctx.connectionParams?.authorization), addresses.get(ctx) ?? null),
    execute: budgeted(refusingSuspended(execute)),
    // Called once subscribe() returned its stream; graphql-ws pulls from it right after.
    onOperation: (ctx, id, _payload, _args, result) => {
      if (Symbol.asyncIterator in result) liveSubscriptions.add(ctx, id);
    },
    // Also called for each subscription still open when its connection closes.
    onComplete: (ctx, id) => {
      liveSubscriptions.delete(ctx, id);
    },
    // Errors from subscribe (NOT_FOUND, FORBIDDEN…) go through the same masking as HTTP.
    onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
  });
  // Each subscribe spends the caller's request budget before it joins (or opens) a shared stream.
  const wsCleanup = useServer({ ...shared, subscribe: budgeted(refusingSuspended(shared.subscribe ?? subscribe)) }, wss);

  const limited = apolloLimits<Context>(limits);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    parseOptions: limited.parseOptions,
    validationRules: limited.validationRules,
    // Stack traces are for the log, never for clients.
    includeStacktraceInErrorResponses: false,
    // The composition root owns shutdown (app.ts: API, then dialer, switch, bus, database);
    // Apollo's own SIGTERM handler raced it and left the process hanging outside NODE_ENV=test.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      // A suspended tenant is refused before its request budget is spent.
      suspensionPlugin(),
      rateLimitPlugin(),
      limited.plugin,
      graphqlHttpStatusPlugin,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  for (const mount of routes) mount(app, { orm, bus, contextFor });
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    limitsPreflight(schema, limits),
    expressMiddleware(apollo, {
      context: ({ req }) => contextFor(req.headers.authorization, req.ip ?? null),
    }),
    graphqlHttpErrors,
  );
  // JSON for whatever no route answered or failed: never Express's HTML page with a stack.
  app.use(notFoundRoute, jsonErrors);

  return {
    http,
    liveSubscriptions,
    fanout,
    authenticator,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      }),
    close: async () => {
      await apollo.stop();
      if (http.listening) await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
