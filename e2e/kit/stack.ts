import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createRunDb, type RunDb } from './database';
import { freePort, startProcess, waitFor, type Child } from './processes';

const ROOT = resolve(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** stack.md trap 9: without the networking flags the closed network refuses Chromium's connections. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ADMIN = { email: 'admin@pacer.local', password: 'e2e-admin-pass-1' };

interface GqlResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface Stack {
  apiUrl: string;
  webUrl: string;
  /** The run's private database (set-based setup of large data sets). */
  dbUrl: string;
  context: BrowserContext;
  /** Browser errors seen so far (uncaught exceptions and console errors). */
  browserErrors: string[];
  /** Calls the API directly (setup shortcuts); throws on GraphQL errors. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  newPage(): Promise<Page>;
  /** A page in a fresh browser context of its own (its own storage: another user signed in beside the first). */
  newIsolatedPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Stops the API process; start it again with the returned function (same port and database). */
  stopApi(): Promise<() => Promise<void>>;
  stop(): Promise<void>;
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResponse<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The whole product for one run, as on a fresh machine: the API on its embedded PostgreSQL
 * (or a private database on E2E_PG_ADMIN_URL) and built-in switch simulator (random ports),
 * the built console under `next start` (random port), and Debian's Chromium with a fresh profile.
 */
export async function startStack(): Promise<Stack> {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (!existsSync(join(ROOT, 'web/.next/BUILD_ID')))
    throw new Error('web is not built: run `npm run e2e` (it builds first) or `npm run web:build`');
  const started = Date.now();
  const db: RunDb = await createRunDb();
  const children: Child[] = [];
  let context: BrowserContext | null = null;
  let isolated: Browser | null = null;
  const profile = mkdtempSync(join(tmpdir(), 'pacer-e2e-chromium-'));
  const stop = async () => {
    await context?.close().catch(() => undefined);
    await isolated?.close().catch(() => undefined);
    await Promise.all(children.map((c) => c.stop()));
    await db.drop().catch((e: Error) => console.error(`could not drop ${db.url}: ${e.message}`));
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    let apiRuns = 0;
    const startApi = () =>
      startProcess(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
        cwd: join(ROOT, 'server'),
        log: join(ARTIFACTS, `server${apiRuns++ ? `-${apiRuns}` : ''}.log`),
        env: {
          ...withoutDatabaseUrl(process.env),
          ...db.serverEnv,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(apiPort),
          SIM_PORT: '0',
          PACER_ADMIN_EMAIL: ADMIN.email,
          PACER_ADMIN_PASSWORD: ADMIN.password,
          LOG_LEVEL: 'warn',
        },
      });
    const apiUp = () =>
      fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
        (r) => r.ok,
      );
    let api = startApi();
    children.push(api);
    const web = startProcess(
      process.execPath,
      [join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(webPort), '-H', '127.0.0.1'],
      {
        cwd: join(ROOT, 'web'),
        log: join(ARTIFACTS, 'web.log'),
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PACER_API_URL: apiUrl },
      },
    );
    children.push(web);
    const webUrl = `http://127.0.0.1:${webPort}`;
    await Promise.all([
      waitFor('API', apiUp, 60_000, api),
      waitFor('console', async () => (await fetch(`${webUrl}/login`)).ok, 60_000, web),
    ]);
    const { login } = await gql<{ login: { token: string } }>(
      apiUrl,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: ADMIN.email, p: ADMIN.password },
    );
    // The first tenant starts on US_TSR (calling hours in the recipients' zones, caller ID):
    // these flows dial at whatever hour CI runs, so they opt out explicitly.
    await gql(apiUrl, 'mutation { updateSettings(input: { complianceProfile: NONE }) { complianceProfile } }', {}, login.token);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 900 },
    });
    const browserErrors: string[] = [];
    const watch = (ctx: BrowserContext) => {
      ctx.on('weberror', (e) => browserErrors.push(`pageerror: ${e.error().message}`));
      ctx.on('console', (m) => {
        if (m.type() === 'error') browserErrors.push(`console: ${m.text()}`);
      });
      ctx.on('response', (r) => {
        if (r.status() >= 400) browserErrors.push(`http ${r.status()}: ${r.request().method()} ${r.url()}`);
      });
    };
    watch(context);
    console.log(`# stack up in ${Date.now() - started} ms (api :${apiPort}, console :${webPort}, db ${db.label})`);
    const ctx = context;
    return {
      apiUrl,
      webUrl,
      dbUrl: db.url,
      context: ctx,
      browserErrors,
      api: (query, variables = {}) => gql(apiUrl, query, variables, login.token),
      newPage: () => ctx.newPage(),
      async newIsolatedPage(viewport = { width: 1400, height: 900 }) {
        isolated ??= await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
        const own = await isolated.newContext({ viewport });
        watch(own);
        return own.newPage();
      },
      async stopApi() {
        await api.stop();
        return async () => {
          const next = startApi();
          children.splice(children.indexOf(api), 1, next);
          api = next;
          await waitFor('API restart', apiUp, 60_000, next);
        };
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The caller's environment minus DATABASE_URL: the API must choose its database from `db.serverEnv`. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}

/** Full-page screenshot under e2e/artifacts/. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
