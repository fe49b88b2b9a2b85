/**
 * API abuse benchmark (issue 16): a real server process (src/main.ts, NODE_ENV=production, no
 * dialer) on a throwaway database with 20 campaigns of 500 recipients. Prints:
 * - how fast abusive operations are refused (p50/p99 per kind; each must answer QUERY_TOO_COMPLEX);
 * - the server's RSS before and after 100 abusive operations (goal: within 20 MB);
 * - p99 of a normal console query, idle and while 10 clients send abusive operations, as a
 *   ratio (goal < 2): flat out, and paced at BENCH_ABUSE_RPS each (default 20/s).
 * Loopback only; bounded by BENCH_BUDGET_S (default 300 s); always drops its database.
 *   node -r @swc-node/register bench/api-abuse.ts        BENCH_NORMAL=300 BENCH_ABUSE_RPS=20
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { currentRss, freePort, peakRss, waitHealthy } from './bench-process';

const NORMAL = Number(process.env.BENCH_NORMAL ?? 200);
/** Each latency phase stops after this long even when NORMAL requests have not all been sent. */
const PHASE_MS = Number(process.env.BENCH_PHASE_S ?? 45) * 1000;
const ABUSE_RPS = Number(process.env.BENCH_ABUSE_RPS ?? 20);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 300) * 1000;
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'bench-password-1';

const aliases = (n: number, field: string): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** The abusive operations, one per limit that refuses it. */
const ABUSE: Record<string, string> = {
  'tokens (the issue: 1,000 aliases)': aliases(1000, 'campaigns { nodes { recipientCounts { total } } }'),
  'aliases (200 x me)': aliases(200, 'me { id }'),
  'depth (50, introspection)': `{ __schema { types { ${'fields { type { '.repeat(25)}name${' } }'.repeat(25)} } } }`,
  'cost (5 pages of 500 with counts)': aliases(5, 'campaigns(first: 500) { nodes { recipientCounts { total } } }'),
};
const NORMAL_QUERY = '{ campaigns(first: 20) { nodes { id name status recipientCounts { total ready failed } } } }';

const ms = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const f1 = (x: number): string => x.toFixed(1);

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * The server's memory after a full garbage collection, through its inspector (loopback):
 * plain RSS swings by 100+ MB with the collector and says nothing about what a request keeps.
 */
async function settledMemory(inspectPort: number): Promise<{ rssMb: number; heapMb: number }> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let next = 0;
  const call = (method: string, params: Record<string, unknown> = {}): Promise<{ result?: { result?: { value?: string } } }> =>
    new Promise((resolve) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData): void => {
        const msg = JSON.parse(String(data)) as { id?: number; result?: { result?: { value?: string } } };
        if (msg.id !== id) return;
        socket.off('message', onMessage);
        resolve(msg);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const r = await call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())' });
    const mem = JSON.parse(r.result?.result?.value ?? '{}') as { rss: number; heapUsed: number };
    return { rssMb: mem.rss / 1024 / 1024, heapMb: mem.heapUsed / 1024 / 1024 };
  } finally {
    socket.close();
  }
}

async function gql(
  url: string,
  query: string,
  token?: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

/** One request's latency in ms; throws unless it answered as expected. */
async function timed(url: string, query: string, token: string, refused: boolean): Promise<number> {
  const t0 = process.hrtime.bigint();
  const body = await gql(url, query, token);
  const took = ms(t0);
  const code = body.errors?.[0]?.extensions?.code;
  if (refused ? code !== 'QUERY_TOO_COMPLEX' : body.errors) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
  return took;
}

async function seed(url: string, token: string): Promise<void> {
  for (let c = 0; c < 20; c++) {
    const created = (await gql(url, `mutation { createCampaign(input: { name: "bench ${c}" }) { id } }`, token)) as {
      data: { createCampaign: { id: string } };
    };
    const recipients = Array.from({ length: 500 }, (_, i) => ({
      name: `r${i}`,
      communications: [{ number: `+1212555${String(c * 500 + i).padStart(4, '0')}` }],
    }));
    const added = await gql(
      url,
      'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { __typename } }',
      token,
      {
        c: created.data.createCampaign.id,
        r: recipients,
      },
    );
    if (added.errors) throw new Error(JSON.stringify(added.errors).slice(0, 300));
  }
}

/** p99 of NORMAL sequential normal requests, while `abusers` clients send abusive ones (paced at rps each, or flat out). */
async function normalP99(
  url: string,
  token: string,
  abusers: number,
  rps: number | null,
): Promise<{ p50: number; p99: number; abusive: number; n: number }> {
  let stop = false;
  let abusive = 0;
  const kinds = Object.values(ABUSE);
  const abuser = async (n: number): Promise<void> => {
    for (let i = n; !stop; i++) {
      const t0 = Date.now();
      await timed(url, kinds[i % kinds.length]!, token, true);
      abusive++;
      if (rps) await new Promise((r) => setTimeout(r, Math.max(0, 1000 / rps - (Date.now() - t0))));
    }
  };
  const running = Array.from({ length: abusers }, (_, n) => abuser(n));
  const lat: number[] = [];
  const until = Date.now() + PHASE_MS;
  for (let i = 0; i < NORMAL && Date.now() < until; i++) lat.push(await timed(url, NORMAL_QUERY, token, false));
  stop = true;
  await Promise.all(running);
  return { p50: pct(lat, 50), p99: pct(lat, 99), abusive, n: lat.length };
}

async function main(): Promise<void> {
  const db = `pacer_bench_abuse_${randomBytes(4).toString('hex')}`;
  let child: ChildProcess | undefined;
  // Past the budget the server is killed: the requests in flight fail and `finally` cleans up.
  const timer = setTimeout(() => {
    console.error('budget exceeded');
    child?.kill('SIGKILL');
    process.exitCode = 1;
  }, BUDGET_MS);
  try {
    await admin(`create database ${db}`);
    const port = await freePort();
    const inspectPort = await freePort();
    child = spawn(process.execPath, [`--inspect=127.0.0.1:${inspectPort}`, '-r', '@swc-node/register', 'src/main.ts'], {
      cwd: join(__dirname, '../server'),
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: ADMIN_URL.replace(/\/[^/]*$/, `/${db}`),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        PACER_ADMIN_PASSWORD: PASSWORD,
        PACER_DIALER: 'off',
      },
    });
    // The server's warnings pass through; the inspector's own notices do not.
    child.stderr!.on('data', (chunk: Buffer) => {
      const lines = String(chunk)
        .split('\n')
        .filter((l) => l && !/^(Debugger |For help)/.test(l));
      if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
    });
    const base = `http://127.0.0.1:${port}`;
    await waitHealthy(base, child);
    const url = `${base}/graphql`;
    const login = (await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', undefined, {
      e: 'admin@pacer.local',
      p: PASSWORD,
    })) as { data: { login: { token: string } } };
    const token = login.data.login.token;
    await seed(url, token);
    console.log(`server pid ${child.pid}: 20 campaigns x 500 recipients; normal query: ${NORMAL_QUERY}`);

    // Warm up both paths (JIT, caches), then the figures.
    for (let i = 0; i < 30; i++) await timed(url, NORMAL_QUERY, token, false);
    for (const q of Object.values(ABUSE)) for (let i = 0; i < 10; i++) await timed(url, q, token, true);

    console.log('\n== refusal latency (sequential, 100 each)');
    for (const [kind, q] of Object.entries(ABUSE)) {
      const lat: number[] = [];
      for (let i = 0; i < 100; i++) lat.push(await timed(url, q, token, true));
      console.log(`  ${kind.padEnd(36)} p50 ${f1(pct(lat, 50))} ms   p99 ${f1(pct(lat, 99))} ms   (${(q.length / 1024).toFixed(1)} KB)`);
    }

    // Memory after a full collection, before and after 100 abusive operations, then every 100
    // more: flat when nothing is kept per refused operation. Plain RSS (no collection) beside it.
    const kinds = Object.values(ABUSE);
    const abuse100 = async (): Promise<void> => {
      for (let i = 0; i < 100; i++) await timed(url, kinds[i % kinds.length]!, token, true);
    };
    const before = await settledMemory(inspectPort);
    await abuse100();
    const plainAfter = currentRss(child.pid!);
    const afterFirst = await settledMemory(inspectPort);
    const delta = afterFirst.rssMb - before.rssMb;
    console.log(
      `\n== server memory after a full GC: RSS ${f1(before.rssMb)} MB before, ${f1(afterFirst.rssMb)} MB after 100 abusive operations (${delta >= 0 ? '+' : ''}${f1(delta)} MB; goal within 20 MB); heap ${f1(before.heapMb)} -> ${f1(afterFirst.heapMb)} MB; RSS without GC ${f1(plainAfter)} MB`,
    );
    const trend: string[] = [];
    for (let round = 0; round < 4; round++) {
      await abuse100();
      const m = await settledMemory(inspectPort);
      trend.push(`${f1(m.rssMb)}/${f1(m.heapMb)}`);
    }
    console.log(`   after each further 100 (RSS/heap MB): ${trend.join(', ')}; peak RSS ${f1(peakRss(child.pid!))} MB`);

    const idle = await normalP99(url, token, 0, null);
    const slow = await normalP99(url, token, 10, 2);
    const paced = await normalP99(url, token, 10, ABUSE_RPS);
    const flat = await normalP99(url, token, 10, null);
    console.log(`\n== normal query, sequential requests (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`);
    console.log(`  idle                                  p50 ${f1(idle.p50)} ms   p99 ${f1(idle.p99)} ms   (${idle.n} requests)`);
    for (const [label, r] of [
      ['10 abusers at 2/s each', slow],
      [`10 abusers at ${ABUSE_RPS}/s each`, paced],
      ['10 abusers flat out', flat],
    ] as const)
      console.log(
        `  ${label.padEnd(36)}  p50 ${f1(r.p50)} ms   p99 ${f1(r.p99)} ms   ratio to idle p99 ${(r.p99 / idle.p99).toFixed(2)} (goal < 2)   (${r.n} requests; ${r.abusive} abusive refused)`,
      );
  } finally {
    clearTimeout(timer);
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => {
        const k = setTimeout(() => {
          child?.kill('SIGKILL');
          r(null);
        }, 5000);
        child!.once('exit', () => {
          clearTimeout(k);
          r(null);
        });
      });
    }
    await admin(`drop database if exists ${db} with (force)`).catch((e: unknown) => console.error('drop failed', e));
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
