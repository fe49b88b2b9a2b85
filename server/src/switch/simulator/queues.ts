import { randomUUID } from 'node:crypto';
import type { SimCall } from './sim-call';
import type { SimTimer } from './stepped-time';

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
  /**
   * max-wait-time-with-no-agent: a member who has waited this long while the queue has no agent at
   * all (none free, none serving) leaves with cc_cancel_reason NO_AGENT_TIMEOUT; unset = never.
   */
  maxWaitNoAgentSec?: number;
  /** The queue's moh-sound: played to a waiting member, stopped (PLAYBACK_STOP) when it leaves or is bridged. */
  mohSound?: string;
}

interface Queue {
  name: string;
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
  private readonly timers = new Map<string, SimTimer[]>();

  get size(): number {
    return this.queues.size;
  }

  /** Creates or retunes a queue; `freeAgents` is how many are free from now on. */
  set(name: string, settings: QueueSettings): void {
    const q = this.queues.get(name) ?? { name, settings, free: 0, waiting: [], serving: new Set<string>() };
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

  /**
   * `queue list members Q` as mod_callcenter prints it: the members table's columns, one row per
   * member (Waiting, or Answered once an agent has it), then `+OK`; only `+OK` when there is none.
   */
  listMembers(name: string): string {
    const q = this.queues.get(name);
    const rows = q ? [...q.waiting.map((c) => [c.uuid, 'Waiting']), ...[...q.serving].map((u) => [u, 'Answered'])] : [];
    if (rows.length === 0) return '+OK\n';
    const header =
      'queue|instance_id|uuid|session_uuid|cid_number|cid_name|system_epoch|joined_epoch|rejoined_epoch|bridge_epoch|abandoned_epoch|base_score|skill_score|serving_agent|serving_system|state|score';
    const line = ([uuid, state]: string[]) => `${name}|single_box|${uuid}|${uuid}|0000|Outbound Call|0|0|0|0|0|0|0|||${state}|0`;
    return [header, ...rows.map(line), '+OK', ''].join('\n');
  }

  /** The call runs `callcenter Q`: it waits for a free agent, or leaves at once when there is no such queue. */
  join(call: SimCall, name: string): void {
    call.application = 'callcenter';
    const q = this.queues.get(name);
    if (!q) {
      // The app logs "Queue not found" and returns before setting any cc_* variable; the inline
      // dialplan ends and so does the call.
      call.clock.after(0, () => {
        if (call.state !== 'answered') return;
        call.executeComplete('callcenter', {}, name);
        call.hangup('NORMAL_CLEARING');
      });
      return;
    }
    // Channel variables from the join on: every later frame of the member carries them (captures/queue-*.json).
    call.setVar('cc_queue_joined_epoch', String(Math.floor(call.clock.nowMs() / 1000)));
    call.setVar('cc_queue', name);
    if (q.settings.mohSound) call.startAppPlayback(q.settings.mohSound);
    // A member who hangs up while waiting: the music stops, then the app ends cc_cause cancel,
    // BREAK_OUT (both frames carry the Hangup-Cause).
    call.appRunning = (hanging) => {
      cancelVars(call, 'BREAK_OUT');
      call.executeComplete('callcenter', {}, name, '_none_', hanging);
    };
    q.waiting.push(call);
    const { maxWaitSec, maxWaitNoAgentSec } = q.settings;
    if (maxWaitSec !== undefined && maxWaitSec > 0) this.at(call, maxWaitSec, () => this.leave(q, call, 'TIMEOUT'));
    if (maxWaitNoAgentSec !== undefined && maxWaitNoAgentSec > 0)
      this.at(call, maxWaitNoAgentSec, () => {
        if (q.free + q.serving.size === 0) this.leave(q, call, 'NO_AGENT_TIMEOUT');
      });
    this.dispatch(q);
  }

  /** The call ended: its agent (if it had one) is free again and goes to the next member. */
  release(uuid: string): void {
    for (const t of this.timers.get(uuid) ?? []) t.cancel();
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
    for (const list of this.timers.values()) for (const t of list) t.cancel();
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

  /**
   * The agent's phone rings and the agent answers: mod_callcenter bridges the member to it
   * (uuid_bridge), which ends the member's app at once, as on the real switch
   * (captures/queue-answered.json): the music stops, the app completes with cc_cause=answered,
   * then CHANNEL_BRIDGE, every frame naming the agent's leg. The agent talks and hangs up; the
   * member's hangup carries bridge_hangup_cause.
   */
  private serve(q: Queue, call: SimCall): void {
    const { answerAfterSec = 1, talkSec = 30 } = q.settings;
    this.at(call, answerAfterSec, () => {
      if (call.state !== 'answered') return;
      const agent = randomUUID();
      const withAgent = (h: Record<string, string>) => ({ ...h, 'Other-Leg-Unique-ID': agent });
      call.stopAppPlayback(withAgent);
      call.setVar('cc_cause', 'answered');
      call.appRunning = undefined;
      call.executeComplete('callcenter', {}, undefined, '_none_', withAgent);
      call.leg.hangupVars = { ...call.leg.hangupVars, 'Other-Leg-Unique-ID': agent };
      // Whoever hangs up, the member's hangup says how the bridge ended.
      call.appRunning = (hanging) => call.setVar('bridge_hangup_cause', hanging({})['Hangup-Cause'] ?? 'NORMAL_CLEARING');
      call.bridged(agent);
      this.at(call, talkSec, () => call.hangup('NORMAL_CLEARING'));
    });
  }

  /** The queue sends a waiting member away (TIMEOUT, NO_AGENT_TIMEOUT): the music stops, the app ends, then the inline dialplan. */
  private leave(q: Queue, call: SimCall, reason: string): void {
    if (!q.waiting.includes(call)) return;
    q.waiting = q.waiting.filter((c) => c !== call);
    call.appRunning = undefined;
    call.stopAppPlayback();
    cancelVars(call, reason);
    call.executeComplete('callcenter', {}, q.name);
    call.hangup('NORMAL_CLEARING');
  }

  /** A timer on the call's own clock (its waits skip only its own time), cleared when it ends. */
  private at(call: SimCall, simSec: number, fn: () => void): void {
    const list = this.timers.get(call.uuid) ?? [];
    list.push(call.clock.after(simSec, fn));
    this.timers.set(call.uuid, list);
  }
}

/** What mod_callcenter sets on a member that leaves unanswered (mod_callcenter.c): later frames carry them. */
function cancelVars(call: SimCall, reason: string): void {
  call.setVar('cc_cause', 'cancel');
  call.setVar('cc_cancel_reason', reason);
}
