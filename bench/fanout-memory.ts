/**
 * What one graphql-ws connection with two subscriptions (callEvents and wallboard of one
 * campaign) costs the API process, measured as the V8 heap plus off-heap buffers after a full
 * GC, not as RSS (which the allocator and the GC's own slack make noisy). The API runs in this
 * process on a scratch database, the clients in a child process; no dialer.
 *   node --expose-gc -r @swc-node/register bench/fanout-memory.ts     MEM_CONNS=2000
 * MEM_SNAPSHOT=1 also writes a heap snapshot with the connections open (for DevTools).
 */
import { fork } from 'node:child_process';
import { writeHeapSnapshot } from 'node:v8';
import WebSocket from 'ws';
import { startApp } from '../server/src/app';
import { parseConfig } from '../server/src/config';
import { waitFor } from '../server/src/test/wait-for';
import { benchDb } from './dialer-bench-kit';
import { login, seedBench } from './fanout-kit';

const CONNS = Number(process.env.MEM_CONNS ?? 2000);
const CALLS = `subscription($c: ID!) { callEvents(campaignId: $c) { events { callId state recipientId number outcome at } campaignId } }`;
const BOARD = `subscription($c: ID!) { wallboard(campaignId: $c) { at activeCalls callsPerMinute answerRate recipientsRemaining etaSeconds } }`;

/** Child: opens the connections, subscribes twice on each, then waits to be killed. */
function client(): void {
  const url = process.env.MEM_URL!;
  const token = process.env.MEM_TOKEN!;
  const campaign = process.env.MEM_CAMPAIGN!;
  const sockets: WebSocket[] = [];
  let next = 0;
  let errors = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      const ws = new WebSocket(url, 'graphql-transport-ws');
      sockets.push(ws);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      ws.on('message', (data: Buffer) => {
        const text = data.toString();
        if (text.includes('"error"') && errors < 3) {
          errors += 1;
          console.error(`  client: ${text.slice(0, 300)}`);
        }
        if (!text.includes('connection_ack')) return;
        for (const [id, query] of [
          ['1', CALLS],
          ['2', BOARD],
        ] as const)
          ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables: { c: campaign } } }));
        resolve();
      });
      ws.on('error', () => resolve());
    });
  const lane = async () => {
    while (next < CONNS) {
      next += 1;
      await open();
    }
  };
  void Promise.all(Array.from({ length: 20 }, lane)).then(() => process.send!('opened'));
}

function measure(): { heap: number; external: number; rss: number } {
  for (let i = 0; i < 3; i++) global.gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external, rss: m.rss };
}

async function main(): Promise<void> {
  if (!global.gc) throw new Error('run with node --expose-gc');
  const db = await benchDb();
  const seeded = await seedBench(db, 1, 0);
  const app = await startApp(
    parseConfig({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      PORT: '0',
      LOG_LEVEL: 'warn',
      PACER_DIALER: 'off',
      PACER_RATE_LIMIT_REQUESTS: '0',
    }),
  );
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const t = { app, wsUrl: url.replace('http', 'ws') };
  try {
    const token = await login(url, seeded.email, seeded.password);
    const campaign = { id: seeded.campaignId };
    // Warm up: one connection first, so code, caches and the pool are counted in `before`.
    const warm = fork(__filename, [], {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, MEM_ROLE: 'client', MEM_CONNS: '1', MEM_URL: t.wsUrl, MEM_TOKEN: token, MEM_CAMPAIGN: campaign.id },
    });
    await waitFor(() => t.app.api.fanout.stats().subscribers === 2, { what: 'the warm-up subscriptions', timeoutMs: 60_000 });
    warm.kill();
    await waitFor(() => t.app.api.fanout.stats().subscribers === 0, { what: 'the warm-up connection to close', timeoutMs: 60_000 });
    const before = measure();
    if (process.env.MEM_SNAPSHOT === '1') console.log(`snapshot before: ${writeHeapSnapshot()}`);
    const child = fork(__filename, [], {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, MEM_ROLE: 'client', MEM_URL: t.wsUrl, MEM_TOKEN: token, MEM_CAMPAIGN: campaign.id },
    });
    const started = Date.now();
    const progress = setInterval(() => console.error(`  ${t.app.api.fanout.stats().subscribers} live subscriptions`), 5000);
    await waitFor(() => t.app.api.fanout.stats().subscribers === CONNS * 2, {
      what: `${CONNS * 2} live subscriptions`,
      timeoutMs: 600_000,
    });
    clearInterval(progress);
    const connectS = (Date.now() - started) / 1000;
    const after = measure();
    const per = (k: keyof typeof before) => (after[k] - before[k]) / CONNS / 1024;
    console.log(
      JSON.stringify({
        connections: CONNS,
        connectS,
        auth: t.app.api.authenticator.stats(),
        fanout: t.app.api.fanout.stats(),
        kbPerConnection: { heap: per('heap'), external: per('external'), heapPlusExternal: per('heap') + per('external'), rss: per('rss') },
      }),
    );
    if (process.env.MEM_SNAPSHOT === '1') console.log(`snapshot: ${writeHeapSnapshot()}`);
    child.kill();
  } finally {
    await app.stop();
    await db.drop();
  }
}

if (process.env.MEM_ROLE === 'client') client();
else
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
