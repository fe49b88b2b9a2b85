import { createClient, type Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { startApp, type App } from '../app';
import { hashPassword } from '../auth/passwords';
import { parseConfig } from '../config';
import { Role } from '../domain/auth/role';
import { TenantSettings } from '../entities/tenant-settings.entity';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { Tenant } from '../entities/tenant.entity';
import { User } from '../entities/user.entity';
import { createTestDb, type TestDb } from './test-db';
import { waitFor } from './wait-for';

export interface GqlResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }>;
}

/** The whole API on a private database and a random port, driven over real HTTP/WebSocket. */
export interface TestApp {
  app: App;
  db: TestDb;
  url: string;
  wsUrl: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** Like gql, but throws on errors and returns data. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A new tenant with an admin user (or the given role); returns a login token. */
  tenant(name: string, role?: Role): Promise<{ token: string; tenantId: string }>;
  ws(token: string | undefined): Client;
  stop(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDb();
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    PACER_ADMIN_PASSWORD: 'first-admin-pw',
    SIM_PORT: '0',
    SIM_TIME_SCALE: '20',
    ...env,
  });
  const app = await startApp(config);
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const clients: Client[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };

  const t: TestApp = {
    app,
    db,
    url,
    wsUrl: url.replace('http', 'ws'),
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
      const r = await gql<T>(query, variables, token);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data as T;
    },
    async tenant(name: string, role = Role.ADMIN) {
      const em = app.orm.em.fork();
      const tenant = em.create(Tenant, { name, createdAt: new Date() });
      const settings = new TenantSettings();
      settings.tenant = tenant;
      // Tests dial at any wall-clock hour with any caller ID: they opt into a profile explicitly.
      settings.complianceProfile = ComplianceProfile.NONE;
      const user = new User();
      const email = `${role.toLowerCase()}@${name}.test`;
      Object.assign(user, { tenant, email, name, role, passwordHash: await hashPassword('password-123') });
      em.persist([settings, user]);
      await em.flush();
      const login = await t.ok<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: 'password-123' },
      );
      return { token: login.login.token, tenantId: tenant.id };
    },
    ws(token) {
      let lastId = '';
      const client = createClient({
        url: t.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        generateID: () => (lastId = randomUUID()),
      });
      clients.push(client);
      clientInfo.set(client, { app, lastId: () => lastId });
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.stop();
      await db.drop();
    },
  };
  return t;
}

/** For each test client: its app, and the id of the subscription it started last. */
const clientInfo = new WeakMap<Client, { app: App; lastId: () => string }>();

/**
 * Resolves once the server streams the subscription just started on `client` (graphql-ws has
 * no "subscribed" acknowledgement: the API lists the ids it streams), or once the subscription
 * has settled (one refused at subscribe time never streams).
 */
export function subscribed(client: Client, settled: Promise<unknown>): Promise<void> {
  const info = clientInfo.get(client);
  if (!info) throw new Error('subscribed() needs a client made by TestApp.ws()');
  const id = info.lastId();
  let done = false;
  void settled.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  return waitFor(() => done || info.app.api.liveSubscriptions.has(id), { what: `the server to stream subscription ${id}` }).then(
    () => undefined,
  );
}

/** Collects the next `n` results of a subscription (or fails after `timeoutMs`); `ready` once the server has it. */
export function nextResults<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  n: number,
  timeoutMs = 30_000,
): {
  ready: Promise<void>;
  results: Promise<Array<GqlResult<T>>>;
} {
  const got: Array<GqlResult<T>> = [];
  const results = new Promise<Array<GqlResult<T>>>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out with ${got.length}/${n} results`));
    }, timeoutMs);
    const stop = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          got.push(r as GqlResult<T>);
          if (got.length >= n) {
            clearTimeout(timer);
            stop();
            resolve(got);
          }
        },
        error: (e) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
        },
        complete: () => {
          clearTimeout(timer);
          resolve(got);
        },
      },
    );
  });
  const ready = subscribed(client, results);
  ready.catch(() => undefined); // a test that never awaits `ready` must not crash on it
  return { ready, results };
}

/** The first result of a subscription that `pred` accepts (within `timeoutMs`, which only bounds a failure); fails with the last one seen. */
export function resultWhere<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  pred: (data: T) => boolean,
  timeoutMs = 30_000,
): {
  ready: Promise<void>;
  result: Promise<T>;
  seen: T[];
} {
  const seen: T[] = [];
  const result = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching result in ${timeoutMs} ms; last: ${JSON.stringify(seen.at(-1))}`));
    }, timeoutMs);
    const stop = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          if (!r.data) return;
          seen.push(r.data as T);
          if (pred(r.data as T)) {
            clearTimeout(timer);
            stop();
            resolve(r.data as T);
          }
        },
        error: (e) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
        },
        complete: () => {
          clearTimeout(timer);
          reject(new Error(`completed without a match; last: ${JSON.stringify(seen.at(-1))}`));
        },
      },
    );
  });
  const ready = subscribed(client, result);
  ready.catch(() => undefined);
  return { ready, result, seen };
}
