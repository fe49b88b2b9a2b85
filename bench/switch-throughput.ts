/**
 * Switch-layer benchmark: the production FreeSWITCH adapter against the simulator running in
 * its own process (as a real switch would), over loopback TCP.
 *
 *  1. Originate throughput: how many originates per second the adapter + simulator sustain
 *     (accepted by the switch and carried to a final event).
 *  2. Concurrency: ramps up held (answered) calls level by level and, at each level, churns
 *     calls (hangups + new originates) while measuring event latency, switch timestamp ->
 *     CallEvent delivered to the listener, as p50/p99.
 *
 * Bounded in time (BENCH_BUDGET_S, default 100 s), stops by itself.
 *   npm run bench:switch            BENCH_LEVELS=5000,10000,20000  BENCH_THROUGHPUT_S=5  BENCH_SIM_SPS=50000
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTerminal, type CallEvent } from '../server/src/switch/call-event';
import { FreeSwitchAdapter } from '../server/src/switch/freeswitch/freeswitch-adapter';

const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 100) * 1000;
const THROUGHPUT_MS = Number(process.env.BENCH_THROUGHPUT_S ?? 5) * 1000;
const LEVELS = (process.env.BENCH_LEVELS ?? '5000,10000,20000').split(',').map(Number);
// High enough that the figure is the adapter + simulator's capacity, not the pacing limit.
const SIM_SPS = Number(process.env.BENCH_SIM_SPS ?? 50000);
const started = Date.now();
const left = () => BUDGET_MS - (Date.now() - started);

async function startSimulator(): Promise<{ child: ChildProcess; port: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-bench-'));
  const scenario = join(dir, 'scenario.json');
  // 9…: fails at once (throughput phase); everything else answers after 1 s and stays up.
  writeFileSync(
    scenario,
    JSON.stringify({
      rules: [
        { match: '/^9/', outcome: { base: 'unallocated', ringSec: 0 } },
        { match: '/.*/', outcome: { base: 'answer', ringSec: 1 } },
      ],
    }),
  );
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/switch/simulator/cli.ts'], {
    cwd: join(__dirname, '../server'),
    env: { ...process.env, SIM_PORT: '0', SIM_SPS: String(SIM_SPS), SIM_MAX_SESSIONS: '100000', SIM_SCENARIO: scenario },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { child, port };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const { child, port } = await startSimulator();
  const adapter = new FreeSwitchAdapter({ host: '127.0.0.1', port, password: 'ClueCon', apiTimeoutMs: 30_000 });
  const ended = new Set<string>();
  const answered = new Set<string>();
  let latencies: number[] = [];
  let measuring = false;
  adapter.onEvent((e: CallEvent) => {
    if (e.type === 'answered') answered.add(e.callId);
    if (isTerminal(e)) {
      ended.add(e.callId);
      answered.delete(e.callId);
    }
    if (measuring && (e.type === 'answered' || e.type === 'hangup')) latencies.push(Date.now() - e.at.getTime());
  });
  await adapter.connect();
  const limits = adapter.switchLimits;
  console.log(`simulator: ${limits?.sessionsPerSecond} sessions/s, ${limits?.maxSessions} max sessions; adapter paces at 90 %`);

  const originate = (number: string) =>
    adapter.originate({ callId: randomUUID(), number, dialString: 'sofia/gateway/gw1/{number}', ringTimeoutSec: 30 });

  // ---- 1. originate throughput ----------------------------------------------------------
  let accepted = 0;
  const placed: string[] = [];
  const t0 = Date.now();
  const inflight = new Set<Promise<unknown>>();
  while (Date.now() - t0 < THROUGHPUT_MS) {
    while (inflight.size < 2000) {
      const p = originate(`9${accepted}`).then((r) => {
        accepted++;
        placed.push(r.callId);
      });
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    await Promise.race(inflight);
  }
  await Promise.all(inflight);
  const acceptMs = Date.now() - t0;
  const waitEnd = Date.now() + 10_000;
  while (placed.some((id) => !ended.has(id)) && Date.now() < waitEnd) await new Promise((r) => setTimeout(r, 20));
  const doneMs = Date.now() - t0;
  const completed = placed.filter((id) => ended.has(id)).length;
  console.log(
    `originate throughput: ${(accepted / (acceptMs / 1000)).toFixed(0)} originates/s accepted ` +
      `(${accepted} in ${(acceptMs / 1000).toFixed(1)} s); ${completed} carried to a final event, ` +
      `${(completed / (doneMs / 1000)).toFixed(0)}/s end to end`,
  );

  // ---- 2. concurrency and event latency ---------------------------------------------------
  const held: string[] = [];
  let best: { level: number; p50: number; p99: number; n: number } | undefined;
  for (const level of LEVELS) {
    if (left() < 15_000) break;
    const rampStart = Date.now();
    const need = level - held.length;
    const batch: Array<Promise<void>> = [];
    for (let i = 0; i < need; i++) batch.push(originate(`5${held.length + i}`).then((r) => void held.push(r.callId)));
    await Promise.all(batch);
    while (answered.size < level && Date.now() - rampStart < 30_000) await new Promise((r) => setTimeout(r, 50));
    if (answered.size < level) {
      console.log(`level ${level}: only ${answered.size} calls answered within 30 s, stopping`);
      break;
    }
    const rampMs = Date.now() - rampStart;
    // Churn 250 calls/s (hang up the oldest, dial a replacement) for 3 s while measuring.
    latencies = [];
    measuring = true;
    const churnEnd = Date.now() + 3000;
    while (Date.now() < churnEnd) {
      const tick = Date.now();
      const victims = held.splice(0, 25);
      await Promise.all(victims.map((id) => adapter.hangup(id).catch(() => undefined)));
      await Promise.all(victims.map(() => originate(`5${randomUUID().slice(0, 8)}`).then((r) => void held.push(r.callId))));
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - tick))));
    }
    await new Promise((r) => setTimeout(r, 1200)); // let the replacements answer
    measuring = false;
    const status = await adapter.status();
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(
      `level ${level}: ${status.activeSessions} concurrent calls on the switch (reached in ${(rampMs / 1000).toFixed(1)} s); ` +
        `event latency p50 ${p50} ms, p99 ${p99} ms over ${latencies.length} events; ` +
        `adapter RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
    if (p99 > 1000) break;
    best = { level: status.activeSessions, p50, p99, n: latencies.length };
  }
  if (best) console.log(`RESULT: held ${best.level} concurrent calls with event latency p50 ${best.p50} ms / p99 ${best.p99} ms`);

  await adapter.close();
  child.kill('SIGTERM');
}

const guard = setTimeout(() => {
  console.error('benchmark budget exceeded, stopping');
  process.exit(2);
}, BUDGET_MS + 20_000);
guard.unref();

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error('benchmark failed:', e);
    process.exit(1);
  },
);
