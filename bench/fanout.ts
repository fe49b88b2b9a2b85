/**
 * Fan-out benchmark (issue 23): the real server (API process; dialer and switch simulator in
 * processes of their own) dials a steady call stream while N graphql-ws clients, each
 * subscribed to callEvents and wallboard of the dialing campaign, listen. Prints per N:
 * event delay p50/p99 (from the event reaching the bus, seen by this process's own LISTEN, to
 * a client's socket), messages lost (an event in the window that a connected client never
 * got), KB per connection (the API's RSS growth / N), the API's and the dialer's CPU, and the
 * dialer's calls per second as a ratio to the run with no subscribers.
 * Clients run in BENCH_PER_CLIENT-sized child processes (5,000 = 4 processes of 1,250) so
 * the client side uses both cores like the server does; on 2 cores they compete with it.
 *   node -r @swc-node/register bench/fanout.ts    BENCH_SUBS=0,100,1000,5000 BENCH_CPS=10 BENCH_WINDOW_S=20
 * Every measurement so far (load average beside each) and what it taught: bench/fanout-measurements.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { BusEvent } from '../server/src/events/topics';
import { cpuSeconds, currentRss } from './bench-process';
import { benchDb, percentile } from './dialer-bench-kit';
import type { FromClient, ToClient } from './fanout-client';
import { login, seedBench, startExtraApi, startServer, type Api, type Server } from './fanout-kit';

const SUBS = (process.env.BENCH_SUBS ?? '0,100,1000,5000').split(',').map(Number);
const CPS = Number(process.env.BENCH_CPS ?? 10);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_S ?? 20) * 1000;
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 1250);
/** API processes the connections are spread over (the first dials; README: PACER_DIALER=off for the others). */
const API_PROCESSES = Number(process.env.BENCH_API_PROCESSES ?? 1);
/**
 * The client processes stand in for browsers on other machines, yet here they share 2 cores
 * with the server. Linux's autogroup scheduler (on here: /proc/sys/kernel/sched_autogroup_enabled)
 * shares the CPU between sessions first: started from this process's session they took their
 * CPU out of the same share as the API, the dialer and the simulator (measured: the whole
 * bench got under one core while other work ran). `own` (the default) starts each in a
 * session of its own, its group's nice set so that together they weigh as one session.
 * `shared` is the old way.
 */
const CLIENT_GROUP = process.env.BENCH_CLIENT_GROUP ?? 'own';
const GRACE_MS = 3000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.timeOrigin + performance.now();

interface Row {
  subs: number;
  connected: number;
  p50: number;
  p99: number;
  lost: number;
  expected: number;
  /** RSS growth / N (what the issue measured; includes the allocator's and the GC's slack). */
  kbPerConn: number;
  /** Heap + off-heap buffers after a full GC, growth / N. */
  heapKbPerConn: number;
  apiCpu: number;
  dialerCpu: number;
  /** All client processes together (% of one core): on 2 cores they compete with the API. */
  clientCpu: number;
  /** The worst client process's event loop delay p99 in the window (ms): its own lateness. */
  clientLoopP99: number;
  cps: number;
  connectS: number;
  /** Subscriptions refused while connecting and asked again (the API's database pool during the storm). */
  resubscribed: number;
  /** Connections closed after they were live. */
  dropped: number;
}

/** The bus as every API process hears it: this process's own LISTEN marks when each event became available. */
class Reference {
  private clients: ChildProcess[] = [];
  inWindow = false;
  constructor(private readonly campaignId: string) {}
  watch(clients: ChildProcess[]): void {
    this.clients = clients;
  }
  hear(raw: string): void {
    const t = now();
    const e = JSON.parse(raw) as BusEvent;
    let key: string | null = null;
    if (e.topic === 'CALL_STATE' && 'events' in e.payload && e.payload.campaignId === this.campaignId) {
      const first = e.payload.events[0];
      if (first) key = `c:${first.callId}:${first.state}`;
    } else if (e.topic === 'WALLBOARD' && 'recipientsRemaining' in e.payload && e.payload.campaignId === this.campaignId) {
      key = `w:${e.payload.at}`;
    }
    if (!key) return;
    const m: ToClient = { type: 'ref', key, t, inWindow: this.inWindow };
    for (const c of this.clients) if (c.connected) c.send(m);
  }
}

/** Client processes of at most PER_CLIENT connections, each connected to one API process, the connections spread evenly. */
function startClients(
  n: number,
  urls: string[],
  token: string,
  campaignId: string,
): Array<{ child: ChildProcess; ready: Promise<FromClient> }> {
  const out: Array<{ child: ChildProcess; ready: Promise<FromClient> }> = [];
  const share = (i: number) => Math.floor(n / urls.length) + (i < n % urls.length ? 1 : 0);
  for (const [i, url] of urls.entries())
    for (let left = share(i); left > 0; left -= PER_CLIENT) out.push(startClient(Math.min(PER_CLIENT, left), url, token, campaignId));
  if (CLIENT_GROUP === 'own') {
    // A nice step weighs ~1.25 times less: k groups at log(k)/log(1.25) weigh about one at 0.
    const nice = Math.round(Math.log(out.length) / Math.log(1.25));
    for (const c of out) writeFileSync(`/proc/${c.child.pid}/autogroup`, String(nice));
  }
  return out;
}

function startClient(count: number, url: string, token: string, campaignId: string): { child: ChildProcess; ready: Promise<FromClient> } {
  const child = fork(join(__dirname, 'fanout-client.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    // A session of its own: its own scheduling group (CLIENT_GROUP).
    detached: CLIENT_GROUP === 'own',
    env: {
      ...process.env,
      FANOUT_URL: url.replace('http', 'ws'),
      FANOUT_TOKEN: token,
      FANOUT_CAMPAIGN: campaignId,
      FANOUT_COUNT: String(count),
    },
  });
  child.on('error', (err) => console.error(`  client process: ${err.message}`));
  const ready = new Promise<FromClient>((resolve) => child.once('message', (m: FromClient) => resolve(m)));
  return { child, ready };
}

async function originated(db: Client, from: number, to: number): Promise<number> {
  const r = await db.query<{ n: number }>(
    'select count(*)::int as n from call_attempt where originated_at >= to_timestamp($1) and originated_at < to_timestamp($2)',
    [from / 1000, to / 1000],
  );
  return r.rows[0]?.n ?? 0;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function run(n: number, server: Server, apis: Api[], token: string, campaignId: string, ref: Reference, db: Client): Promise<Row> {
  const heap = async () => sum(await Promise.all(apis.map((a) => a.heapAfterGc())));
  const rss = () => sum(apis.map((a) => currentRss(a.child.pid!)));
  const apiCpu = () => sum(apis.map((a) => cpuSeconds(a.child.pid!)));
  const heapBefore = await heap();
  const rssBefore = rss();
  const t0c = Date.now();
  const clients = startClients(
    n,
    apis.map((a) => a.url),
    token,
    campaignId,
  );
  ref.watch(clients.map((c) => c.child));
  const readies = await Promise.all(clients.map((c) => c.ready));
  const connected = readies.reduce((s, r) => s + (r.type === 'ready' ? r.connected : 0), 0);
  const resubscribed = readies.reduce((s, r) => s + (r.type === 'ready' ? r.resubscribed : 0), 0);
  const connectS = (Date.now() - t0c) / 1000;
  await sleep(2000); // settle after the connection storm
  const clientCpu = () => clients.reduce((s, c) => s + cpuSeconds(c.child.pid!), 0);
  const cpu0 = { api: apiCpu(), dialer: cpuSeconds(server.dialerPid), clients: clientCpu() };
  const t0 = Date.now();
  console.error(`  ${n}: ${connected} live after ${connectS.toFixed(0)} s; measuring ${WINDOW_MS / 1000} s`);
  ref.inWindow = true;
  await sleep(WINDOW_MS);
  ref.inWindow = false;
  const t1 = Date.now();
  const cpu1 = { api: apiCpu(), dialer: cpuSeconds(server.dialerPid), clients: clientCpu() };
  const rssAfter = rss();
  await sleep(GRACE_MS);
  const results = await Promise.all(
    clients.map(
      (c) =>
        new Promise<FromClient>((resolve) => {
          c.child.once('message', (m: FromClient) => resolve(m));
          c.child.send({ type: 'results' } satisfies ToClient);
        }),
    ),
  );
  // Only now: three full GCs of a heap holding thousands of connections stop the API for
  // seconds, and taken at the window's end they delayed its last events (measured: the run's
  // p99 was those events, 1.6-3.2 s at 5,000).
  const heapAfter = await heap();
  ref.watch([]);
  for (const c of clients) c.child.send({ type: 'stop' } satisfies ToClient);
  await Promise.all(clients.map((c) => new Promise((r) => (c.child.exitCode !== null ? r(null) : c.child.once('exit', r)))));
  const hist = new Array<number>(30_001).fill(0);
  let lost = 0;
  let expected = 0;
  let dropped = 0;
  let clientLoopP99 = 0;
  for (const r of results) {
    if (r.type !== 'results') continue;
    clientLoopP99 = Math.max(clientLoopP99, r.loopP99);
    r.hist.forEach((v, i) => (hist[i]! += v));
    lost += r.lost;
    expected += r.expected;
    dropped += r.dropped;
    if (r.errors.length) console.log(`  client errors: ${r.errors.join(' | ')}`);
  }
  const delays: number[] = [];
  hist.forEach((v, i) => {
    for (let k = 0; k < v; k++) delays.push(i);
  });
  const secs = (t1 - t0) / 1000;
  return {
    subs: n,
    connected,
    p50: percentile(delays, 50),
    p99: percentile(delays, 99),
    lost,
    expected,
    kbPerConn: n > 0 ? ((rssAfter - rssBefore) * 1024) / n : 0,
    heapKbPerConn: n > 0 ? ((heapAfter - heapBefore) * 1024) / n : 0,
    apiCpu: ((cpu1.api - cpu0.api) / secs) * 100,
    dialerCpu: ((cpu1.dialer - cpu0.dialer) / secs) * 100,
    clientCpu: ((cpu1.clients - cpu0.clients) / secs) * 100,
    clientLoopP99,
    cps: (await originated(db, t0, t1)) / secs,
    connectS,
    resubscribed,
    dropped,
  };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((l) => l.toFixed(1));
  const db = await benchDb();
  // An hour of dialing: the campaign must not run out while thousands of clients connect.
  const seeded = await seedBench(db, CPS, CPS * 3600);
  const server = await startServer(db.url, 10);
  const apis: Api[] = [server];
  const listen = new Client({ connectionString: db.url });
  const ref = new Reference(seeded.campaignId);
  try {
    for (let i = 1; i < API_PROCESSES; i++) apis.push(await startExtraApi(db.url));
    await listen.connect();
    listen.on('notification', (m) => m.payload && ref.hear(m.payload));
    await listen.query('LISTEN pacer_events');
    const token = await login(server.url, seeded.email, seeded.password);
    await sleep(5000); // the dialer reaches its pace
    const rows: Row[] = [];
    for (const n of SUBS) {
      const row = await run(n, server, apis, token, seeded.campaignId, ref, listen);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    const base = rows.find((r) => r.subs === 0)?.cps ?? NaN;
    const load = loadavg().map((l) => l.toFixed(1));
    console.log(
      `\nfan-out: campaign dialing ${CPS} calls/s; ${WINDOW_MS / 1000} s window per run; 2 subscriptions per connection; ${apis.length} API process(es); load average ${loadAtStart.join(' ')} at start, ${load.join(' ')} at end`,
    );
    console.log(
      '| connections (x2 subscriptions) | delay p50 / p99 (ms) | lost / expected | KB per connection: heap after GC (RSS) | API CPU | dialer CPU | clients CPU, loop delay p99 | dialer calls/s (ratio) | connect (s), retried subscribes |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const delay = r.subs ? `${r.p50} / ${r.p99}` : '-';
      const up = r.connected !== r.subs ? ` (${r.connected} live)` : '';
      const closed = r.dropped ? `, ${r.dropped} closed` : '';
      console.log(
        `| ${r.subs}${up} | ${delay} | ${r.lost} / ${r.expected}${closed} | ${r.heapKbPerConn.toFixed(1)} (${r.kbPerConn.toFixed(0)}) | ${r.apiCpu.toFixed(0)}% | ${r.dialerCpu.toFixed(0)}% | ${r.clientCpu.toFixed(0)}%, ${r.clientLoopP99.toFixed(0)} ms | ${r.cps.toFixed(1)} (${(r.cps / base).toFixed(2)}) | ${r.connectS.toFixed(0)}, ${r.resubscribed} |`,
      );
    }
  } finally {
    await listen.end().catch(() => undefined);
    for (const a of apis.slice(1)) await a.stop();
    await server.stop();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
