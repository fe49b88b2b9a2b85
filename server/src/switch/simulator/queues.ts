import { randomUUID } from 'node:crypto';
import type { SimCall } from './sim-call';

/** How a simulated mod_callcenter queue behaves. Seconds are simulated seconds. */
export interface QueueSettings {
  /** Agents free now (status Available, state Waiting); busy ones come back when their call ends. */
  freeAgents: number;
  /** From taking a member to the bridge (the agent's phone rings); default 1. */
  answerAfterSec?: number;
  /** How long the agent talks before hanging up; default 30. */
  talkSec?: number;
  /** A member waiting this long leaves with cc_cancel_reason TIMEOUT (max-wait-time); unset = waits forever. */
  maxWaitSec?: number;
}

interface Queue {
  settings: QueueSettings;
  free: number;
  /** Members without an agent, first come first served. */
  waiting: SimCall[];
  /** Members holding an agent (offered or talking), by call uuid. */
  serving: Set<string>;
}

/**
 * mod_callcenter's part of the simulated switch: named queues with a number of free agents.
 * A member takes one free agent for its talk and gives it back when its call ends, so the
 * count the dialer watches (`queue count agents Q Available Waiting`) moves like the real one.
 */
export class SimQueues {
  /** False models a switch without mod_callcenter: its API and app are unknown. */
  loaded = true;
  private readonly queues = new Map<string, Queue>();
  private readonly timers = new Map<string, NodeJS.Timeout[]>();

  get size(): number {
    return this.queues.size;
  }

  /** Creates or retunes a queue; `freeAgents` is how many are free from now on. */
  set(name: string, settings: QueueSettings): void {
    const q = this.queues.get(name) ?? { settings, free: 0, waiting: [], serving: new Set<string>() };
    q.settings = settings;
    q.free = Math.max(0, Math.floor(settings.freeAgents));
    this.queues.set(name, q);
    this.dispatch(q);
  }

  /**
   * `queue count agents Q [status] [state]`: every simulated agent is Available; free ones are
   * Waiting, the others are in a queue call. An unknown queue counts 0, as on the real switch.
   */
  countAgents(name: string, status?: string, state?: string): number {
    const q = this.queues.get(name);
    if (!q || (status !== undefined && status.toLowerCase() !== 'available')) return 0;
    if (state === undefined) return q.free + q.serving.size;
    if (state.toLowerCase() === 'waiting') return q.free;
    return ['receiving', 'in a queue call'].includes(state.toLowerCase()) ? q.serving.size : 0;
  }

  /** Members waiting or served right now (`queue count members Q`). */
  countMembers(name: string): number {
    const q = this.queues.get(name);
    return q ? q.waiting.length + q.serving.size : 0;
  }

  /** The call runs `callcenter Q`: it waits for a free agent, or leaves at once when there is no such queue. */
  join(call: SimCall, name: string): void {
    call.application = 'callcenter';
    const q = this.queues.get(name);
    if (!q) {
      // The app logs "Queue not found" and returns; the inline dialplan ends and so does the call.
      call.clock.after(0, () => call.hangup('NORMAL_CLEARING'));
      return;
    }
    q.waiting.push(call);
    const maxWait = q.settings.maxWaitSec;
    if (maxWait !== undefined && maxWait > 0) this.at(call, maxWait, () => this.timeout(q, name, call));
    this.dispatch(q);
  }

  /** The call ended: its agent (if it had one) is free again and goes to the next member. */
  release(uuid: string): void {
    for (const t of this.timers.get(uuid) ?? []) clearTimeout(t);
    this.timers.delete(uuid);
    for (const q of this.queues.values()) {
      q.waiting = q.waiting.filter((c) => c.uuid !== uuid);
      if (!q.serving.delete(uuid)) continue;
      q.free += 1;
      this.dispatch(q);
    }
  }

  /** The switch died: members vanish and their agents are free again. */
  reset(): void {
    for (const list of this.timers.values()) for (const t of list) clearTimeout(t);
    this.timers.clear();
    for (const q of this.queues.values()) {
      q.free += q.serving.size;
      q.serving.clear();
      q.waiting = [];
    }
  }

  private dispatch(q: Queue): void {
    while (q.free > 0 && q.waiting.length > 0) {
      const call = q.waiting.shift();
      if (!call || call.state !== 'answered') continue;
      q.free -= 1;
      q.serving.add(call.uuid);
      this.serve(q, call);
    }
  }

  /** The agent's phone rings, the agent answers (bridge), talks, hangs up; the member's app then returns. */
  private serve(q: Queue, call: SimCall): void {
    const { answerAfterSec = 1, talkSec = 30 } = q.settings;
    this.at(call, answerAfterSec, () => {
      if (call.state !== 'answered') return;
      call.bridged(randomUUID());
      this.at(call, talkSec, () => {
        call.executeComplete('callcenter', { cc_cause: 'answered' });
        call.hangup('NORMAL_CLEARING');
      });
    });
  }

  private timeout(q: Queue, name: string, call: SimCall): void {
    if (!q.waiting.includes(call)) return;
    q.waiting = q.waiting.filter((c) => c !== call);
    call.executeComplete('callcenter', { cc_cause: 'cancel', cc_cancel_reason: 'TIMEOUT', cc_queue: name });
    call.hangup('NORMAL_CLEARING');
  }

  /** A timer on the call's own clock (its waits skip only its own time), cleared when it ends. */
  private at(call: SimCall, simSec: number, fn: () => void): void {
    const list = this.timers.get(call.uuid) ?? [];
    list.push(call.clock.after(simSec, fn));
    this.timers.set(call.uuid, list);
  }
}
