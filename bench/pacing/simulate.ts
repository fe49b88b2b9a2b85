/**
 * The pacing simulation: discrete events on a simulated clock, seeded, no database and no
 * switch. Every TICK_S a pacer sees what a runner could see (FloorView: agent states, calls in
 * flight, measured figures; never a call's future) and says how many calls to start.
 */
import { EventHeap, rng, Series } from './sim-kit';

export const HIT_RATE = 0.3;
export const TALK_MEAN_S = 120;
export const RING_MIN_S = 5;
export const RING_MAX_S = 25;
export const WRAP_UP_S = 10;
/** Abandon = a human answered and no agent took the call within this long. */
export const ABANDON_WAIT_S = 2;
export const TICK_S = 0.25;

/** What the runner knows at a tick. Windows are measured by each pacer through `figures`. */
export interface FloorView {
  now: number;
  /** Logged-in agents (all of them: nobody pauses in this simulation). */
  agents: number;
  free: number;
  onCall: number;
  /** Seconds of wrap-up left, one entry per agent in wrap-up. */
  wrapUpLeft: number[];
  /** Dialed, not answered yet. */
  ringing: number;
  /** Answered humans waiting (at most ABANDON_WAIT_S) for an agent. */
  waiting: number;
  figures: Figures;
}

/** The measured history: counts and means over any trailing window (Infinity = since start). */
export interface Figures {
  dialed(now: number, seconds: number): number;
  answered(now: number, seconds: number): number;
  abandoned(now: number, seconds: number): number;
  /** Mean dial-to-answer seconds of human answers. */
  answerDelay(now: number, seconds: number): number | undefined;
  /** Mean talk seconds of calls that ended. */
  talk(now: number, seconds: number): number | undefined;
}

export interface Pacer {
  /** Progressive reserves an agent per call before dialing; predictive pacers do not. */
  readonly reserves: boolean;
  /** Calls to start now. */
  dials(view: FloorView): number;
}

export interface SimResult {
  occupancy: number;
  talkShare: number;
  abandonRate: number;
  worstHourAbandon: number;
  /** The worst quarter-hour (the pacer's short window, taken end to end). */
  worstQuarterAbandon: number;
  dialsPerAgentHour: number;
  hourlyAbandon: number[];
  /** Human answers and abandons over the whole run. */
  answered: number;
  abandoned: number;
}

type Ev =
  | { at: number; kind: 'tick' }
  | { at: number; kind: 'ring-end'; call: number; human: boolean; agent: number | null; dialedAt: number }
  | { at: number; kind: 'talk-end'; agent: number; talkS: number }
  | { at: number; kind: 'agent-free'; agent: number }
  | { at: number; kind: 'give-up'; call: number };

type Phase = 'free' | 'reserved' | 'talk' | 'wrap';

/** One run: `agents` agents all logged in for `hours` hours; the campaign never runs dry. */
export function simulate(pacer: Pacer, agents: number, hours: number, seed: number): SimResult {
  const rand = rng(seed * 1000 + agents);
  const end = hours * 3600;
  const ev = new EventHeap<Ev>();
  const free: number[] = Array.from({ length: agents }, (_, i) => i);
  const phase = new Array<Phase>(agents).fill('free');
  const wrapEnds = new Array<number>(agents).fill(0);
  let busy = 0;
  let talk = 0;
  let ringing = 0;
  let calls = 0;
  const waiting = new Map<number, number>(); // answered callers waiting for an agent: call -> since
  const dialed = new Series();
  const answered = new Series();
  const abandoned = new Series();
  const answerDelay = new Series();
  const talkTime = new Series();
  const figures: Figures = {
    dialed: (now, s) => dialed.count(now, s),
    answered: (now, s) => answered.count(now, s),
    abandoned: (now, s) => abandoned.count(now, s),
    answerDelay: (now, s) => answerDelay.mean(now, s),
    talk: (now, s) => talkTime.mean(now, s),
  };
  const hourly = Array.from({ length: hours }, () => ({ answered: 0, abandoned: 0 }));
  const hourOf = (t: number) => hourly[Math.min(hours - 1, Math.floor(t / 3600))]!;
  const quarters = Array.from({ length: hours * 4 }, () => ({ answered: 0, abandoned: 0 }));
  const quarterOf = (t: number) => quarters[Math.min(hours * 4 - 1, Math.floor(t / 900))]!;

  const connect = (agent: number, now: number) => {
    const talkS = -TALK_MEAN_S * Math.log(1 - rand());
    phase[agent] = 'talk';
    const until = Math.min(end, now + talkS + WRAP_UP_S);
    busy += until - now;
    talk += Math.min(talkS, until - now);
    ev.push({ at: now + talkS, kind: 'talk-end', agent, talkS });
  };
  const dial = (now: number, agent: number | null) => {
    const call = ++calls;
    ringing++;
    dialed.add(now);
    const ringS = RING_MIN_S + rand() * (RING_MAX_S - RING_MIN_S);
    if (agent !== null) phase[agent] = 'reserved';
    ev.push({ at: now + ringS, kind: 'ring-end', call, human: rand() < HIT_RATE, agent, dialedAt: now });
  };
  const view = (now: number): FloorView => {
    let onCall = 0;
    const wrapUpLeft: number[] = [];
    for (let a = 0; a < agents; a++) {
      if (phase[a] === 'talk') onCall++;
      else if (phase[a] === 'wrap') wrapUpLeft.push(wrapEnds[a]! - now);
    }
    return { now, agents, free: free.length, onCall, wrapUpLeft, ringing, waiting: waiting.size, figures };
  };

  ev.push({ at: 0, kind: 'tick' });
  for (let e = ev.pop(); e && e.at < end; e = ev.pop()) {
    const now = e.at;
    if (e.kind === 'tick') {
      const n = pacer.dials(view(now));
      for (let i = 0; i < n; i++) {
        if (pacer.reserves && free.length === 0) break;
        dial(now, pacer.reserves ? free.pop()! : null);
      }
      ev.push({ at: now + TICK_S, kind: 'tick' });
    } else if (e.kind === 'ring-end') {
      ringing--;
      if (!e.human) {
        if (e.agent !== null) {
          phase[e.agent] = 'free';
          free.push(e.agent);
        } // the reserved agent is free again
        continue;
      }
      answered.add(now);
      answerDelay.add(now, now - e.dialedAt);
      hourOf(now).answered++;
      quarterOf(now).answered++;
      const agent = e.agent ?? free.shift();
      if (agent !== undefined) connect(agent, now);
      else {
        waiting.set(e.call, now);
        ev.push({ at: now + ABANDON_WAIT_S, kind: 'give-up', call: e.call });
      }
    } else if (e.kind === 'talk-end') {
      talkTime.add(now, e.talkS);
      phase[e.agent] = 'wrap';
      wrapEnds[e.agent] = now + WRAP_UP_S;
      ev.push({ at: now + WRAP_UP_S, kind: 'agent-free', agent: e.agent });
    } else if (e.kind === 'agent-free') {
      const next = waiting.keys().next();
      if (!next.done) {
        waiting.delete(next.value);
        connect(e.agent, now);
      } else {
        phase[e.agent] = 'free';
        free.push(e.agent);
      }
    } else if (waiting.delete(e.call)) {
      // Nobody within 2 s: abandoned (the safe-harbor message plays and the call ends).
      abandoned.add(now);
      hourOf(now).abandoned++;
      quarterOf(now).abandoned++;
    }
  }
  const totalAnswered = hourly.reduce((s, h) => s + h.answered, 0);
  const totalAbandoned = hourly.reduce((s, h) => s + h.abandoned, 0);
  const hourlyAbandon = hourly.map((h) => (h.answered ? h.abandoned / h.answered : 0));
  return {
    occupancy: busy / (agents * end),
    talkShare: talk / (agents * end),
    abandonRate: totalAnswered ? totalAbandoned / totalAnswered : 0,
    worstHourAbandon: Math.max(...hourlyAbandon),
    worstQuarterAbandon: quarters.reduce((m, q) => Math.max(m, q.answered ? q.abandoned / q.answered : 0), 0),
    hourlyAbandon,
    answered: totalAnswered,
    abandoned: totalAbandoned,
    dialsPerAgentHour: calls / agents / hours,
  };
}
