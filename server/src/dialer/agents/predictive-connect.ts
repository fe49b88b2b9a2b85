import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Outbox } from '../../events/outbox';
import { AgentState } from '../../domain/agent/agent-state';
import { AgentActor } from '../../domain/agent/agent-transitions';
import type { CallEvent, SwitchPort } from '../../switch/port';
import type { Clock } from '../clock';
import type { ClaimedCall } from '../claimed-call';
import type { TopicPublisher } from './agent-call-push';
import { moveHeldAgent, reserveAgent, type ReservedAgent } from './reserve-agents';
import type { AmdSettings, BroadcastAction } from '../../entities/campaign-config';
import { machineAnswer, screensForMachine } from '../../domain/call/machine-answer';
import { actOnMachine, type AmdVerdicts } from '../amd-screen';
import { AbandonReason } from '../../domain/call/abandon-reason';
import { markAbandoned } from './abandon-mark';
import { ABANDON_MESSAGE, DEFAULT_ABANDON_MESSAGE_FILE, MESSAGE_LEAD_MS } from '../../domain/compliance/abandon-message';
import { reanchorAbandonClock, startAbandonClock, type AbandonClock } from '../../domain/call/abandon-clock';

/** product.md: an abandon is a human answer with no agent within 2 s (also under profile NONE). */
export const ABANDON_AFTER_MS = 2000;
/** Played to an abandoned callee before the hangup when the campaign names no message. */
export const SAFE_HARBOR_FILE = DEFAULT_ABANDON_MESSAGE_FILE;
const RETRY_MS = 100;

interface Waiting {
  callId: string;
  tenantId: string;
  campaignId: string;
  /** Set at the answer (AMD time counts): by when an agent must have the call. */
  clock: AbandonClock | null;
  /** A person is known to be on the line (the answer, or under AMD screening its human verdict). */
  person: boolean;
  limitMs: number;
  /** The campaign's safe-harbor / information message. */
  message: string;
  /** AMD on with HANGUP / PLAY: no agent is sought before the verdict. */
  screen?: { amd: AmdSettings; actions: readonly BroadcastAction[] };
}

/**
 * Predictive calls are dialed without an agent. When one is answered, an AVAILABLE agent of
 * the campaign is reserved (the same atomic UPDATE as progressive) and the call is handed to
 * the agent flow (`adopt`); nobody within 2 s of the answer (AMD time included) is an abandon:
 * the attempt is marked, the campaign's safe-harbor message plays and the call ends.
 */
export class PredictiveConnector {
  private readonly calls = new Map<string, Waiting>();

  constructor(
    private readonly orm: MikroORM,
    private readonly port: SwitchPort,
    private readonly bus: TopicPublisher,
    private readonly clock: Clock,
    private readonly verdicts: AmdVerdicts,
    private readonly adopt: (
      call: { callId: string; tenantId: string; campaignId: string },
      agent: ReservedAgent,
      deadline: { deadlineMs: number; message: string },
    ) => void,
    private readonly logger?: Logger,
  ) {}

  /**
   * The dialer's injected clock, never the wall clock: the answer's arrival and the 2-s
   * deadline are read on it, so a dialer run on a stepped or shifted clock waits its own 2 s.
   */
  private nowMs(): number {
    return this.clock.now().getTime();
  }

  track(call: ClaimedCall): void {
    const c = call.campaign;
    const screen = screensForMachine(c.amd) ? { amd: c.amd, actions: c.broadcastActions } : undefined;
    const within = ABANDON_MESSAGE[c.complianceProfile]?.withinSeconds;
    this.calls.set(call.callId, {
      callId: call.callId,
      tenantId: call.tenantId,
      campaignId: call.campaignId,
      clock: null,
      person: false,
      // Decided a little early, so the message has started when the limit comes.
      limitMs: (within === undefined ? ABANDON_AFTER_MS : within * 1000) - MESSAGE_LEAD_MS,
      message: c.abandonMessage || SAFE_HARBOR_FILE,
      screen,
    });
  }

  /** True when the event was about a call this connector still holds. */
  onEvent(e: CallEvent): boolean {
    const w = this.calls.get(e.callId);
    if (!w) return false;
    if (e.type === 'answered') {
      // The abandon clock starts at the answer, whatever AMD takes.
      w.clock = startAbandonClock(e.at.getTime(), this.nowMs(), w.limitMs);
      if (w.screen) void this.screen(w, w.screen);
      else {
        w.person = true;
        void this.connect(w);
      }
    } else if (w.clock && e.type === 'amd') {
      w.clock = reanchorAbandonClock(w.clock, e.at.getTime(), this.nowMs(), w.limitMs);
    } else if (e.type === 'hangup' || e.type === 'originate-failed' || e.type === 'call-lost') {
      this.calls.delete(w.callId);
      // The callee hung up while waiting for an agent: that is an abandon too.
      if (w.person) void this.markAbandoned(w.callId, AbandonReason.CUSTOMER_HUNG_UP_FIRST);
    }
    return true;
  }

  stop(): void {
    this.calls.clear();
  }

  /**
   * AMD screening: no agent is sought before the verdict, yet the 2-second abandon clock has run
   * since the answer, so a verdict later than that is an abandon at once; a machine gets
   * `onMachine` and never an agent, and is never an abandon.
   */
  private async screen(w: Waiting, s: NonNullable<Waiting['screen']>): Promise<void> {
    const verdict = await this.verdicts.verdict(w.callId);
    if (verdict === 'ended' || this.calls.get(w.callId) !== w) return;
    // No verdict in time: the wait itself ran past the limit if the dialer's clock says so.
    if (verdict === null && w.clock) w.clock = { ...w.clock, late: w.clock.late || this.nowMs() >= w.clock.deadlineMs };
    const answer = machineAnswer(s.amd, verdict, s.actions);
    if (answer.kind === 'PROCEED') {
      w.person = true;
      return this.connect(w);
    }
    this.calls.delete(w.callId);
    await actOnMachine(this.port, this.verdicts, w.callId, answer, { alive: () => true, confirmed: () => false });
  }

  private async connect(w: Waiting): Promise<void> {
    // An AMD verdict after the 2 s (on the switch's clock) leaves no time: a person connected that
    // late is abandoned all the same (the FTC counts AMD delay), and the message is already due.
    // Otherwise at least one try, then more until the deadline.
    let left = w.clock?.late ? 0 : 1;
    while (left > 0 && this.calls.get(w.callId) === w) {
      const agent = await this.tryReserve(w);
      if (agent && this.calls.get(w.callId) !== w) {
        // The callee hung up while the agent was being reserved: give the agent back.
        await this.release(w, agent);
        return;
      }
      if (agent) {
        this.calls.delete(w.callId);
        this.adopt(w, agent, { deadlineMs: w.clock?.deadlineMs ?? this.nowMs(), message: w.message });
        return;
      }
      left = (w.clock?.deadlineMs ?? 0) - this.nowMs();
      // The last try falls on the deadline itself (a clock that is not the wall clock is read again after each real pause).
      if (left > 0) await new Promise((r) => setTimeout(r, Math.min(RETRY_MS, left)));
    }
    if (this.calls.get(w.callId) !== w) return;
    this.calls.delete(w.callId);
    await this.markAbandoned(w.callId, AbandonReason.NO_AGENT_FREE);
    try {
      await this.port.broadcast(w.callId, w.message);
      await this.port.hangup(w.callId, 'NORMAL_CLEARING');
    } catch {
      // Already gone: its hangup event closes the attempt.
    }
  }

  private async tryReserve(w: Waiting): Promise<ReservedAgent | null> {
    const outbox = new Outbox();
    try {
      const agent = await this.orm.em.fork().transactional(async (em) => {
        const a = await reserveAgent(em, w.campaignId, this.clock.now());
        if (a) {
          await em.execute('update call_attempt set agent_id = ? where call_id = ?', [a.id, w.callId]);
          outbox.add('AGENT_STATE', {
            tenantId: w.tenantId,
            agentId: a.id,
            name: a.name,
            state: AgentState.RESERVED,
            previous: AgentState.AVAILABLE,
            by: AgentActor.DIALER,
            at: this.clock.now().toISOString(),
          });
        }
        return a;
      });
      for (const e of outbox.events) await this.bus.publish(e.topic, e.payload);
      return agent;
    } catch (err) {
      this.logger?.error({ err, callId: w.callId }, 'predictive: agent reservation failed');
      return null;
    }
  }

  private async release(w: Waiting, agent: ReservedAgent): Promise<void> {
    const outbox = new Outbox();
    try {
      await this.orm.em
        .fork()
        .transactional((em) =>
          moveHeldAgent(em, outbox, w.tenantId, agent.id, AgentState.RESERVED, AgentState.AVAILABLE, this.clock.now()),
        );
      for (const e of outbox.events) await this.bus.publish(e.topic, e.payload);
    } catch (err) {
      this.logger?.error({ err, callId: w.callId }, 'predictive: could not release the agent');
    }
  }

  private async markAbandoned(callId: string, reason: AbandonReason): Promise<void> {
    try {
      await markAbandoned(this.orm.em.fork(), callId, reason);
    } catch (err) {
      this.logger?.error({ err, callId }, 'predictive: could not mark the abandon');
    }
  }
}
