/**
 * Setup for bench/fanout.ts: a tenant with an admin and one RUNNING campaign on a scratch
 * database, and the real server (src/main.ts) as an operator runs it: the API process, which
 * forks the dialer (PACER_DIALER=process, the default) and the switch simulator (no ESL_HOST).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../server/src/auth/passwords';
import { Role } from '../server/src/domain/auth/role';
import { User } from '../server/src/entities/user.entity';
import { seedCampaign, seedGateway, seedRecipients, seedTenant } from '../server/src/dialer/testing/seed';
import type { BenchDb } from './dialer-bench-kit';
import WebSocket from 'ws';
import { freePort, waitHealthy } from './bench-process';

export interface Seeded {
  campaignId: string;
  email: string;
  password: string;
}

export async function seedBench(db: BenchDb, cps: number, recipients: number): Promise<Seeded> {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em, { maxTotalCalls: 5000, maxExternalCalls: 5000, callsPerSecond: cps * 4 });
  const gw = await seedGateway(em, tenant, 'gw1', 5000, cps * 4);
  const password = 'bench-password-1';
  const user = Object.assign(new User(), {
    tenant,
    email: 'bench@fanout.test',
    name: 'bench',
    role: Role.ADMIN,
    passwordHash: await hashPassword(password),
  });
  await em.persist(user).flush();
  const campaign = await seedCampaign(em, tenant, { callsPerSecond: cps, maxConcurrentCalls: 2000, maxAttempts: 1, gateways: [gw] });
  await seedRecipients(em, campaign.id, recipients, '+1555');
  return { campaignId: campaign.id, email: user.email, password };
}

/** One API process (src/main.ts as `npm start` runs it). */
export interface Api {
  child: ChildProcess;
  url: string;
  /** The process's V8 heap plus off-heap buffers (MB) after a full GC, through its inspector. */
  heapAfterGc(): Promise<number>;
  stop(): Promise<void>;
}

/** The first API process, which forked the dialer and the simulator. */
export interface Server extends Api {
  dialerPid: number;
  simPid: number;
}

/** Every call is answered after a short ring and talks a few (simulated) seconds. */
export async function startServer(databaseUrl: string, timeScale: number): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-fanout-'));
  const scenario = join(dir, 'scenario.json');
  writeFileSync(scenario, JSON.stringify({ rules: [{ match: '/.*/', outcome: { base: 'answer', ringSec: 4, talkSec: 20 } }] }));
  const api = await startApi(databaseUrl, {
    SIM_PORT: '0',
    SIM_TIME_SCALE: String(timeScale),
    SIM_SPS: '2000',
    SIM_MAX_SESSIONS: '20000',
    SIM_SCENARIO: scenario,
  });
  const kids = childrenOf(api.child.pid!);
  const cmd = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  const dialerPid = kids.find((p) => cmd(p).includes('dialer-main'));
  const simPid = kids.find((p) => cmd(p).includes('simulator'));
  if (!dialerPid || !simPid) throw new Error(`dialer or simulator process not found among ${kids.join(', ')}`);
  return { ...api, dialerPid, simPid };
}

/**
 * Another API process on the same database, as the README describes (any number of API
 * processes with PACER_DIALER=off beside the one that dials): events reach it through the
 * same NOTIFY path. In production a load balancer spreads the connections; the bench does.
 */
export function startExtraApi(databaseUrl: string): Promise<Api> {
  return startApi(databaseUrl, { PACER_DIALER: 'off' });
}

async function startApi(databaseUrl: string, env: Record<string, string>): Promise<Api> {
  const port = await freePort();
  const inspectPort = await freePort();
  const child = spawn(process.execPath, [`--inspect=127.0.0.1:${inspectPort}`, '-r', '@swc-node/register', 'src/main.ts'], {
    // BENCH_SERVER_DIR: another checkout's server (only read) to compare code in the same conditions.
    cwd: process.env.BENCH_SERVER_DIR ?? join(__dirname, '../server'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PACER_ADMIN_PASSWORD: 'bench-admin-1',
      // Every bench connection signs in as one user: its request budget (README "Rate limits")
      // would refuse the 2nd thousand subscribes, so the bench measures fan-out, not the limiter.
      PACER_RATE_LIMIT_REQUESTS: '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(base, child);
  return {
    child,
    url: `${base}/graphql`,
    heapAfterGc: () => heapAfterGc(inspectPort).catch((err: unknown) => (console.error(`  heap: ${String(err)}`), NaN)),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Memory as RSS is noisy (allocator, GC slack): ask the process's inspector for a full GC, then its heap. */
async function heapAfterGc(inspectPort: number): Promise<number> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let id = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<{ result?: { result?: { value?: string } } }>((resolve) => {
      id += 1;
      const mine = id;
      const onMessage = (data: Buffer) => {
        const m = JSON.parse(data.toString()) as { id?: number; result?: { result?: { value?: string } } };
        if (m.id !== mine) return;
        ws.off('message', onMessage);
        resolve(m);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id: mine, method, params }));
    });
  try {
    for (let i = 0; i < 3; i++) await call('HeapProfiler.collectGarbage');
    const r = await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    });
    const m = JSON.parse(r.result?.result?.value ?? '{}') as { heapUsed?: number; external?: number };
    return ((m.heapUsed ?? NaN) + (m.external ?? NaN)) / (1024 * 1024);
  } finally {
    ws.close();
  }
}

function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}
