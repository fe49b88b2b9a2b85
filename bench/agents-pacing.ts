/**
 * Pacing simulation for agent campaigns: discrete events on a simulated clock, seeded, no
 * database and no switch. The dialing decision is the dialer's own pure `agentSlots()`
 * (domain/dialer/agent-pacing.ts), called every 250 ms tick as the runner would.
 *
 *   npm run bench:agents            (seed and hours: SEED=7 HOURS=8)
 */
import { agentSlots, DEFAULT_ABANDON_TARGET, type PredictiveStats } from '../server/src/domain/dialer/agent-pacing';
import { DialingMode } from '../server/src/domain/campaign/campaign-type';

const HIT_RATE = 0.3;
const TALK_MEAN_S = 120;
const RING_MIN_S = 5;
const RING_MAX_S = 25;
const WRAP_UP_S = 10;
/** Abandon = a human answered and no agent took the call within this long. */
const ABANDON_WAIT_S = 2;
const TICK_S = 0.25;
/** Rolling window the runner measures hit and abandon rates over. */
const WINDOW_S = 15 * 60;
const HOURS = Number(process.env.HOURS ?? 8);
const SEED = Number(process.env.SEED ?? 7);

/** mulberry32: small, seeded, good enough for a simulation. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ev =
  | { at: number; kind: 'tick' }
  | { at: number; kind: 'ring-end'; call: number; human: boolean; agent: number | null }
  | { at: number; kind: 'agent-free'; agent: number }
  | { at: number; kind: 'give-up'; call: number };

/** A binary min-heap of events by time (ties: insertion order). */
class Events {
  private heap: Array<{ e: Ev; seq: number }> = [];
  private seq = 0;
  push(e: Ev): void {
    const h = this.heap;
    h.push({ e, seq: this.seq++ });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Ev | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(l, m)) m = l;
        if (r < h.length && this.less(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top?.e;
  }
  private less(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.e.at < y.e.at || (x.e.at === y.e.at && x.seq < y.seq);
  }
}

/** Timestamps within the rolling window, counted cheaply. */
class Window {
  private t: number[] = [];
  private head = 0;
  add(at: number): void { this.t.push(at); }
  count(now: number): number {
    while (this.head < this.t.length && this.t[this.head]! < now - WINDOW_S) this.head++;
    return this.t.length - this.head;
  }
}

interface HourFigures { answered: number; abandoned: number }
export interface SimResult { mode: string; agents: number; occupancy: number; talkShare: number; abandonRate: number; worstHourAbandon: number; dialsPerAgentHour: number }

/** One run: `agents` agents all AVAILABLE for HOURS hours, the campaign never runs dry. */
export function simulate(mode: DialingMode.PROGRESSIVE | DialingMode.PREDICTIVE, agents: number, seed = SEED): SimResult {
  const rand = rng(seed * 1000 + agents);
  const end = HOURS * 3600;
  const ev = new Events();
  const free: number[] = Array.from({ length: agents }, (_, i) => i);
  const busySince = new Array<number>(agents).fill(0);
  let busy = 0;
  let talk = 0;
  let ringing = 0;
  let calls = 0;
  let dials = 0;
  const waiting = new Map<number, number>(); // answered callers waiting for an agent: call -> since
  const dialed = new Window();
  const answered = new Window();
  const abandoned = new Window();
  const hours: HourFigures[] = Array.from({ length: HOURS }, () => ({ answered: 0, abandoned: 0 }));
  const hourOf = (t: number) => hours[Math.min(HOURS - 1, Math.floor(t / 3600))]!;

  const connect = (agent: number, now: number) => {
    const talkS = -TALK_MEAN_S * Math.log(1 - rand());
    busySince[agent] = now;
    const until = Math.min(end, now + talkS + WRAP_UP_S);
    busy += until - now;
    talk += Math.min(talkS, until - now);
    ev.push({ at: now + talkS + WRAP_UP_S, kind: 'agent-free', agent });
  };
  const dial = (now: number, agent: number | null) => {
    const call = ++calls;
    dials++;
    ringing++;
    dialed.add(now);
    const ringS = RING_MIN_S + rand() * (RING_MAX_S - RING_MIN_S);
    ev.push({ at: now + ringS, kind: 'ring-end', call, human: rand() < HIT_RATE, agent });
  };

  ev.push({ at: 0, kind: 'tick' });
  for (let e = ev.pop(); e && e.at < end; e = ev.pop()) {
    const now = e.at;
    if (e.kind === 'tick') {
      if (mode === DialingMode.PROGRESSIVE) {
        // Reserve first, then dial: one call per free agent, the agent waits on the line.
        const n = agentSlots(mode, { freeAgents: free.length, callsPending: 0 }) ?? 0;
        for (let i = 0; i < n; i++) dial(now, free.pop() ?? null);
      } else {
        const stats: PredictiveStats = { dialed: dialed.count(now), humanAnswered: answered.count(now), abandoned: abandoned.count(now) };
        const n = agentSlots(mode, { freeAgents: free.length, callsPending: ringing, stats, abandonTarget: DEFAULT_ABANDON_TARGET }) ?? 0;
        for (let i = 0; i < n; i++) dial(now, null);
      }
      ev.push({ at: now + TICK_S, kind: 'tick' });
    } else if (e.kind === 'ring-end') {
      ringing--;
      if (!e.human) {
        if (e.agent !== null) free.push(e.agent); // progressive: the reserved agent is free again
        continue;
      }
      answered.add(now);
      hourOf(now).answered++;
      const agent = e.agent ?? free.shift();
      if (agent !== undefined) connect(agent, now);
      else {
        waiting.set(e.call, now);
        ev.push({ at: now + ABANDON_WAIT_S, kind: 'give-up', call: e.call });
      }
    } else if (e.kind === 'agent-free') {
      const next = waiting.keys().next();
      if (!next.done) {
        waiting.delete(next.value);
        connect(e.agent, now);
      } else free.push(e.agent);
    } else if (waiting.delete(e.call)) {
      // Nobody within 2 s: abandoned (the safe-harbor message plays and the call ends).
      abandoned.add(now);
      hourOf(now).abandoned++;
    }
  }
  const totalAnswered = hours.reduce((s, h) => s + h.answered, 0);
  const totalAbandoned = hours.reduce((s, h) => s + h.abandoned, 0);
  return {
    mode, agents,
    occupancy: busy / (agents * end),
    talkShare: talk / (agents * end),
    abandonRate: totalAnswered ? totalAbandoned / totalAnswered : 0,
    worstHourAbandon: Math.max(...hours.map((h) => (h.answered ? h.abandoned / h.answered : 0))),
    dialsPerAgentHour: dials / agents / HOURS,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function main(): void {
  console.log(`Agent pacing: hit rate ${HIT_RATE * 100}%, talk ~exp(${TALK_MEAN_S} s), ring ${RING_MIN_S}-${RING_MAX_S} s, wrap-up ${WRAP_UP_S} s, ` +
    `abandon = no agent within ${ABANDON_WAIT_S} s; ${HOURS} simulated hours, seed ${SEED}`);
  console.log('mode         agents  occupancy  talk   abandon  worst hour  dials/agent/h  vs target (abandon <= 3% every hour, occupancy >= 80%)');
  for (const agents of [5, 20, 100]) {
    for (const mode of [DialingMode.PROGRESSIVE, DialingMode.PREDICTIVE] as const) {
      const r = simulate(mode, agents);
      const gaps: string[] = [];
      if (r.worstHourAbandon > DEFAULT_ABANDON_TARGET) gaps.push(`abandon +${((r.worstHourAbandon - DEFAULT_ABANDON_TARGET) * 100).toFixed(1)} pt`);
      if (r.occupancy < 0.8) gaps.push(`occupancy -${((0.8 - r.occupancy) * 100).toFixed(1)} pt`);
      const verdict = mode === DialingMode.PREDICTIVE ? (gaps.length ? `MISSES: ${gaps.join(', ')}` : 'meets') : '(reference, never abandons)';
      console.log(`${mode.padEnd(12)} ${String(agents).padStart(6)}  ${pct(r.occupancy)}    ${pct(r.talkShare)} ${pct(r.abandonRate)}   ${pct(r.worstHourAbandon)}  ${r.dialsPerAgentHour.toFixed(1).padStart(13)}  ${verdict}`);
    }
  }
}

main();
