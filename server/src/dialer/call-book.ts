import type { AmdSettings, CallDestination } from '../entities/campaign-config';
import type { CallEvent, SwitchPort } from '../switch/port';
import { machineAnswer, screensForMachine } from '../domain/call/machine-answer';
import { actOnMachine, type AmdVerdicts } from './amd-screen';
import { runAnswerScript, type CallHooks, type HandOff, type ScriptResume } from './answer-script';
import { destinationHandOff } from './destination';
import { admitToQueue, stageOf, trackDestination, type Headed } from './destination-stage';
import { callEndFromEvent, type CallEnd } from './call-end';
import type { CallMark } from './call-marks';
import type { Clock } from './clock';
import type { LiveFeed } from './live-feed';
import type { CallStateItem } from '../events/live-topics';
import type { OpenAttempt } from './reconcile';
import type { ClaimedCall } from './claimed-call';
import { plannedEntry, reattachedEntry, type Entry } from './call-book-entry';

/**
 * The leader's in-memory view of its calls: planned (timer until `at`), sent, ringing,
 * answered. Turns switch events into CallEnds and live call states, and runs the answer
 * script. The database stays the truth; this is only what events need between them.
 */
export class CallBook {
  private readonly calls = new Map<string, Entry>();

  constructor(
    private readonly port: SwitchPort,
    private readonly live: LiveFeed,
    private readonly clock: Clock,
    private readonly verdicts: AmdVerdicts,
    /** Marks written before the call's end (the outcome queue's). */
    private readonly marks: (m: CallMark) => void,
    private readonly confirmWaitMs?: number,
    /** The agent a call was bridged to (the agent flow's), for the live feed's bridged row. */
    private readonly agentOf: (callId: string) => { id: string; name: string } | undefined = () => undefined,
  ) {}

  get size(): number {
    return this.calls.size;
  }

  plan(call: ClaimedCall, delayMs: number, send: () => void): void {
    const entry = plannedEntry(call);
    entry.timer = setTimeout(send, delayMs);
    this.calls.set(call.callId, entry);
  }

  /** The originate is going out now (stamped again when the switch accepts it: see 'originated'). */
  sent(callId: string): void {
    const e = this.calls.get(callId);
    if (!e) return;
    e.timer = null;
    e.mem.originatedAt = this.clock.now();
    this.emit(e, 'dialing', null);
  }

  /**
   * A call the previous leader placed and the switch still has. An answered one's script goes on
   * from the step the old leader had begun (from the start when none is on record: a message
   * heard twice rather than cut).
   */
  reattach(a: OpenAttempt, answered: boolean): void {
    const { entry, atDestination } = reattachedEntry(a, answered);
    this.calls.set(a.callId, entry);
    if (!answered) return;
    // A transferred or queued call belongs to someone else now; so does one at its destination.
    if (atDestination || a.broadcastActions.some((x) => x.kind === 'TRANSFER')) return;
    const resume: ScriptResume | undefined =
      a.scriptStep === null ? undefined : { step: a.scriptStep, startedAt: a.scriptStepAt ?? new Date() };
    if (entry.queue) entry.mem.queue ??= 'not-joined';
    const handOff = entry.queue
      ? this.queueHandOff(entry, entry.queue)
      : entry.destination
        ? this.destinationHandOff(entry, entry.destination)
        : undefined;
    void runAnswerScript(this.port, a.callId, a.broadcastActions, this.hooks(entry), 0, handOff, resume);
  }

  /** Unsent calls (of one campaign, or all) are dropped (timers cleared) and returned. */
  cancelPending(campaignId?: string): Entry[] {
    const out: Entry[] = [];
    for (const e of this.calls.values()) {
      if (!e.timer || (campaignId !== undefined && e.campaignId !== campaignId)) continue;
      clearTimeout(e.timer);
      this.calls.delete(e.callId);
      out.push(e);
    }
    return out;
  }

  /** The campaign's calls already sent to the switch (ringing or answered). */
  sentOf(campaignId: string): string[] {
    return [...this.calls.values()].filter((e) => e.campaignId === campaignId && !e.timer).map((e) => e.callId);
  }

  clear(): void {
    for (const e of this.calls.values()) if (e.timer) clearTimeout(e.timer);
    this.calls.clear();
  }

  has(callId: string): boolean {
    return this.calls.has(callId);
  }

  forget(callId: string): void {
    this.calls.delete(callId);
  }

  /**
   * Queue-watch: the campaign's calls a queue count sent at `countedBefore` cannot reflect:
   * planned, ringing, answered but not yet in the queue, or joined after that instant.
   */
  queuePending(campaignId: string, countedBefore: number): number {
    let n = 0;
    for (const e of this.calls.values())
      if (e.campaignId === campaignId && !(e.queueJoinedMs !== undefined && e.queueJoinedMs < countedBefore)) n++;
    return n;
  }

  activeByCampaign(): Map<string, number> {
    const m = new Map<string, number>();
    for (const e of this.calls.values()) m.set(e.campaignId, (m.get(e.campaignId) ?? 0) + 1);
    return m;
  }

  /** Updates the call from a switch event; returns its end (and gateway) when the event is terminal. */
  onEvent(ev: CallEvent, mark: (m: CallMark) => void): { end: CallEnd; gatewayId: string | null } | null {
    const e = this.calls.get(ev.callId);
    switch (ev.type) {
      case 'originated':
        // The switch accepted the originate: the attempt's originated_at is this instant, not
        // when Pacer handed it to the adapter (which may hold it to respect the switch's rate).
        if (e) {
          e.mem.originatedAt = this.clock.now();
          // On record at once, so every process sees the call as live (dialerStatus), not queued.
          mark({ callId: ev.callId, kind: 'originated', at: e.mem.originatedAt });
        }
        return null;
      case 'ringing':
        if (e) {
          e.mem.ringingAt = ev.at;
          this.emit(e, 'ringing', null);
        }
        return null;
      case 'answered':
        if (e) {
          e.mem.answeredAt = ev.at;
          this.emit(e, 'answered', null);
          mark({ callId: ev.callId, kind: 'answered', at: ev.at });
          // Agent calls are screened by the agent flow, which owns the bridge.
          if (e.mem.agentCall) return null;
          if (e.queue) e.mem.queue = 'not-joined';
          if (e.amd && screensForMachine(e.amd)) void this.screen(e, e.amd);
          else this.proceed(e);
        }
        return null;
      case 'bridged':
        if (e && e.mem.bridgedAt === undefined) {
          const agent = this.agentOf(ev.callId);
          this.emit(e, 'bridged', null, { agentId: agent?.id ?? null, agentName: agent?.name ?? null });
        }
        if (e) e.mem.bridgedAt ??= ev.at;
        // Queue calls are only ever bridged by their queue: an agent took the call.
        if (e?.queue) e.queueJoinedMs ??= Date.now();
        if (e) this.track(e, ev);
        return null;
      case 'bridge-failed':
      case 'queue-left':
      case 'ivr':
        if (e) this.track(e, ev);
        return null;
      case 'amd':
        if (e) {
          e.mem.amd = ev.result;
          this.emit(e, 'amd', null, { amdResult: ev.result, amdCause: ev.cause ?? null });
        }
        return null;
      case 'dtmf': {
        // The digit of the prompt being played or waited on confirms the answer or that the
        // message was heard; a key pressed before its prompt (a "9" before the "1") does not.
        const confirm = e?.awaiting;
        if (!e || !confirm || (confirm.kind !== 'CONFIRM_ANSWER' && confirm.kind !== 'CONFIRM_LISTEN') || confirm.digit !== ev.digit)
          return null;
        e.confirmed.add(confirm.kind);
        mark({ callId: ev.callId, kind: confirm.kind === 'CONFIRM_ANSWER' ? 'answerConfirmed' : 'listenConfirmed', at: ev.at });
        return null;
      }
      case 'hangup':
      case 'originate-failed':
      case 'call-lost': {
        const end = callEndFromEvent(ev, e?.mem);
        if (e) this.calls.delete(ev.callId);
        return end ? { end, gatewayId: e?.gatewayId ?? null } : null;
      }
      default:
        return null;
    }
  }

  /** The answer script of a call a person answered (queue-watch: then its queue). */
  private proceed(e: Entry): void {
    if (e.queue) void runAnswerScript(this.port, e.callId, e.actions, this.hooks(e), 0, this.queueHandOff(e, e.queue));
    else if (e.destination)
      void runAnswerScript(this.port, e.callId, e.actions, this.hooks(e), 0, this.destinationHandOff(e, e.destination));
    else void runAnswerScript(this.port, e.callId, e.actions, this.hooks(e), e.minHoldSeconds);
  }

  /** AMD with HANGUP / PLAY: nothing is played until the verdict; a machine gets `onMachine`, never the script. */
  private async screen(e: Entry, amd: AmdSettings): Promise<void> {
    const verdict = await this.verdicts.verdict(e.callId);
    if (verdict === 'ended' || this.calls.get(e.callId) !== e) return;
    const answer = machineAnswer(amd, verdict, e.actions);
    if (answer.kind === 'PROCEED') this.proceed(e);
    else await actOnMachine(this.port, this.verdicts, e.callId, answer, this.hooks(e));
  }

  private queueHandOff(e: Entry, queue: string): HandOff {
    const max = e.queueMaxWaiting;
    return {
      target: { queue },
      admit: max === undefined ? undefined : () => admitToQueue(this.port, e.mem, queue, max),
      done: () => {
        e.queueJoinedMs ??= Date.now();
        if (e.mem.queue === 'not-joined') e.mem.queue = 'joined';
        this.noteStage(e);
      },
    };
  }

  /** The campaign's (or a callback's) extension or IVR; the stage goes on record once it is taken. */
  private destinationHandOff(e: Entry, d: CallDestination): HandOff {
    const h = destinationHandOff(d, e.mem);
    return {
      ...h,
      done: () => {
        h.done();
        this.noteStage(e);
      },
    };
  }

  /** A switch event moves where the call is headed; a change goes on record for a new leader. */
  private track(e: Entry, ev: CallEvent): void {
    trackDestination(e.mem, headed(e), ev);
    this.noteStage(e);
  }

  /** Puts the call's destination stage on record when it changed (call-marks.ts, `reattach`). */
  private noteStage(e: Entry): void {
    const stage = stageOf(e.mem);
    const json = JSON.stringify(stage);
    if (json === '{}' || json === e.stageOnRecord) return;
    e.stageOnRecord = json;
    this.marks({ callId: e.callId, kind: 'stage', stage, at: this.clock.now() });
  }

  private hooks(e: Entry): CallHooks {
    return {
      alive: () => this.calls.get(e.callId) === e,
      confirmed: (kind) => e.confirmed.has(kind),
      awaiting: (action) => {
        e.awaiting = action;
      },
      confirmWaitMs: this.confirmWaitMs,
      step: (index) => this.marks({ callId: e.callId, kind: 'step', step: index, at: this.clock.now() }),
      // A TRANSFER action sends the call to an extension: from here its bridge decides IN_*.
      transferring: () => {
        e.transferred = true;
        // Not headed to the campaign's queue any more: the queue's stages do not judge it.
        e.mem.queue = undefined;
      },
      transferred: () => {
        e.mem.extension ??= 'sent';
        this.noteStage(e);
      },
    };
  }

  private emit(e: Entry, state: string, outcome: string | null, extra: Partial<CallStateItem> = {}): void {
    this.live.callState(e.tenantId, e.campaignId, {
      callId: e.callId,
      recipientId: e.recipientId,
      number: e.number,
      state,
      outcome,
      ...extra,
      at: this.clock.now().toISOString(),
    });
  }
}

/** A TRANSFER action overrides the campaign's destination: the call went to its extension instead. */
function headed(e: Entry): Headed {
  if (e.transferred) return { queue: false, extension: true };
  return { queue: e.queue !== undefined, extension: e.destination?.kind === 'EXTENSION' || e.mem.extension !== undefined };
}
