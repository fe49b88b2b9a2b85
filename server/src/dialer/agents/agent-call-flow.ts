import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Outbox } from '../../events/outbox';
import { AgentState } from '../../domain/agent/agent-state';
import type { CallEvent, SwitchPort } from '../../switch/port';
import type { Clock } from '../clock';
import type { ClaimedCall } from '../claimed-call';
import { pushAgentCall, type TopicPublisher } from './agent-call-push';
import { moveHeldAgent, reserveAgent } from './reserve-agents';
import { AgentActor } from '../../domain/agent/agent-transitions';
import { DialingMode } from '../../domain/campaign/campaign-type';
import { PredictiveConnector } from './predictive-connect';
import { cancelAgentLegAtDeadline, playAbandonMessage, type PredictiveDeadline } from './agent-leg-deadline';
import type { ReservedAgent } from './reserve-agents';
import { rows } from '../sql-rows';
import { AbandonReason } from '../../domain/call/abandon-reason';
import { clearAbandoned, markAbandoned } from './abandon-mark';
import type { AmdSettings, BroadcastAction } from '../../entities/campaign-config';
import { machineAnswer, screensForMachine } from '../../domain/call/machine-answer';
import { actOnMachine, type AmdVerdicts } from '../amd-screen';

interface Held {
  callId: string;
  tenantId: string;
  campaignId: string;
  agent: ReservedAgent;
  answered: boolean;
  bridged: boolean;
  /** The current agent did not take it (handled there); until another takes it, a hangup only closes the call. */
  agentFailed: boolean;
  /** AMD on with HANGUP / PLAY: the bridge waits for the verdict (predictive calls are screened before adoption). */
  screen?: { amd: AmdSettings; actions: readonly BroadcastAction[] };
  /** A predictive call, already answered: connected by `deadlineMs` (dialer clock) or `message` plays. */
  predictive?: PredictiveDeadline;
  /** Pacer cancelled the agent's ringing leg at the deadline: not the agent's missed call. */
  cancelledAtDeadline?: boolean;
}

const { RESERVED, ON_CALL, WRAP_UP, AVAILABLE, BREAK } = AgentState;

/**
 * The agent steps of a progressive call, next to the CallBook: offered (screen-pop) ->
 * customer answers -> bridge to the agent's endpoint -> ON_CALL -> hangup -> WRAP_UP for the
 * agent's wrap-up time -> AVAILABLE. A customer who hangs up before the bridge is a customer
 * drop (attempt marked abandoned) and frees the agent; an agent who does not answer waits out
 * its delay before the next offer and goes on BREAK after maxNoAnswer in a row.
 */
export class AgentCallFlow {
  private readonly calls = new Map<string, Held>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly orm: MikroORM,
    private readonly port: SwitchPort,
    private readonly bus: TopicPublisher,
    private readonly clock: Clock,
    private readonly verdicts: AmdVerdicts,
    private readonly logger?: Logger,
  ) {
    this.predictive = new PredictiveConnector(orm, port, bus, clock, verdicts, (c, agent, d) => this.adopt(c, agent, d), logger);
  }

  private readonly predictive: PredictiveConnector;

  /** A claimed call of an agent campaign: remember its agent and pop the screen (predictive: no agent yet). */
  track(call: ClaimedCall): void {
    if (!call.agent) {
      if (call.campaign.dialingMode === DialingMode.PREDICTIVE) this.predictive.track(call);
      return;
    }
    this.calls.set(call.callId, {
      callId: call.callId,
      tenantId: call.tenantId,
      campaignId: call.campaignId,
      agent: call.agent,
      answered: false,
      bridged: false,
      agentFailed: false,
      screen: screensForMachine(call.campaign.amd) ? { amd: call.campaign.amd, actions: call.campaign.broadcastActions } : undefined,
    });
    void pushAgentCall(this.bus, { tenantId: call.tenantId, agentId: call.agent.id, callId: call.callId }, 'OFFERED', this.clock.now());
  }

  /**
   * A predictive call answered and given an agent. The callee is already on the line, so the
   * agent's phone may ring only what is left of the 2 s: its leg is cancelled at the deadline
   * (agent-leg-deadline.ts; leg_timeout, whole seconds, is only the switch's own backstop), and
   * bridge-failed below plays the message instead of trying another agent.
   */
  private adopt(c: { callId: string; tenantId: string; campaignId: string }, agent: ReservedAgent, d: PredictiveDeadline): void {
    const h: Held = { ...c, agent, answered: true, bridged: false, agentFailed: false, predictive: d };
    this.calls.set(c.callId, h);
    const now = this.clock.now();
    const left = Math.max(1, Math.floor((d.deadlineMs - now.getTime()) / 1000));
    void pushAgentCall(this.bus, { tenantId: c.tenantId, agentId: agent.id, callId: c.callId }, 'OFFERED', now);
    const legId = randomUUID();
    this.port
      .bridge(c.callId, { endpoint: agent.endpoint, timeoutSec: Math.min(agent.callTimeoutSeconds, left), legId })
      .catch((err: unknown) => this.logger?.warn({ err, callId: c.callId }, 'agent bridge not sent'));
    const ringing = () => this.calls.get(c.callId) === h && !h.bridged && !h.agentFailed;
    void cancelAgentLegAtDeadline(this.port, this.clock, legId, d.deadlineMs, ringing, () => (h.cancelledAtDeadline = true));
  }

  /** The agent holding this call now (the live feed's bridged row names it). */
  agentOf(callId: string): { id: string; name: string } | undefined {
    const a = this.calls.get(callId)?.agent;
    return a ? { id: a.id, name: a.name } : undefined;
  }

  /** A preview offer the agent dialed: its desk shows the call ringing (no more Dial / Skip). */
  dialing(callId: string): void {
    const h = this.calls.get(callId);
    if (h) void pushAgentCall(this.bus, { tenantId: h.tenantId, agentId: h.agent.id, callId }, 'DIALING', this.clock.now());
  }

  /** An offer that will not be dialed (preview skip or timeout): forget it, free its agent, clear its desk. */
  withdraw(callId: string): void {
    const h = this.calls.get(callId);
    if (!h) return;
    this.calls.delete(callId);
    void pushAgentCall(this.bus, { tenantId: h.tenantId, agentId: h.agent.id, callId }, 'WITHDRAWN', this.clock.now());
    void this.write(h, (em, outbox) => moveHeldAgent(em, outbox, h.tenantId, h.agent.id, RESERVED, AVAILABLE, this.clock.now()));
  }

  onEvent(e: CallEvent): void {
    if (this.predictive.onEvent(e)) return;
    const h = this.calls.get(e.callId);
    if (!h) return;
    const now = this.clock.now();
    switch (e.type) {
      case 'answered':
        h.answered = true;
        if (h.screen) void this.screen(h, h.screen);
        else this.bridgeToAgent(h);
        return;
      case 'bridged':
        h.bridged = true;
        void this.write(h, async (em, outbox) => {
          await moveHeldAgent(em, outbox, h.tenantId, h.agent.id, RESERVED, ON_CALL, now, 'reset');
          // The switch's time of the bridge, like the answer before it (one clock per fact).
          await em.execute('update call_attempt set bridged_at = ? where call_id = ?', [e.at, h.callId]);
        });
        void pushAgentCall(this.bus, { tenantId: h.tenantId, agentId: h.agent.id, callId: h.callId }, 'BRIDGED', now);
        return;
      case 'bridge-failed':
        h.agentFailed = true;
        if (h.predictive) {
          // Its 2 s are gone: the abandon (marked by agentDidNotAnswer) hears the message now.
          this.calls.delete(h.callId);
          const marked = h.cancelledAtDeadline ? this.deadlinePassed(h, e.cause, now) : this.agentDidNotAnswer(h, e.cause, now);
          void marked.then(() => playAbandonMessage(this.port, h.callId, h.predictive?.message ?? ''));
        } else void this.agentDidNotAnswer(h, e.cause, now).then(() => this.offerToAnother(h, now));
        return;
      case 'hangup':
      case 'originate-failed':
      case 'call-lost':
        this.calls.delete(h.callId);
        if (h.bridged) void this.wrapUp(h, now);
        else if (!h.agentFailed) {
          void this.write(h, async (em, outbox) => {
            if (h.answered) await markAbandoned(em, h.callId, AbandonReason.CUSTOMER_HUNG_UP_FIRST);
            await moveHeldAgent(em, outbox, h.tenantId, h.agent.id, RESERVED, AVAILABLE, now);
          });
        }
        return;
      default:
        return;
    }
  }

  /** Pacer rang the agent too late to wait for it: an abandon, the agent free again with no missed call. */
  private deadlinePassed(h: Held, cause: string, now: Date): Promise<void> {
    return this.write(h, async (em, outbox) => {
      await markAbandoned(em, h.callId, AbandonReason.BRIDGE_FAILED, cause);
      await moveHeldAgent(em, outbox, h.tenantId, h.agent.id, RESERVED, AVAILABLE, now);
    });
  }

  private bridgeToAgent(h: Held): void {
    this.port
      .bridge(h.callId, { endpoint: h.agent.endpoint, timeoutSec: h.agent.callTimeoutSeconds })
      .catch((err: unknown) => this.logger?.warn({ err, callId: h.callId }, 'agent bridge not sent'));
  }

  /**
   * A machine must not reach the agent: wait for the verdict, bridge a person (or no verdict in
   * time). A machine frees the agent at once (no abandon, no no-answer against the agent) and
   * gets the campaign's `onMachine`; the attempt ends MACHINE / FAX from the recorded verdict.
   */
  private async screen(h: Held, s: NonNullable<Held['screen']>): Promise<void> {
    const verdict = await this.verdicts.verdict(h.callId);
    if (verdict === 'ended' || this.calls.get(h.callId) !== h) return;
    const answer = machineAnswer(s.amd, verdict, s.actions);
    if (answer.kind === 'PROCEED') return this.bridgeToAgent(h);
    this.calls.delete(h.callId);
    await this.write(h, (em, outbox) => moveHeldAgent(em, outbox, h.tenantId, h.agent.id, RESERVED, AVAILABLE, this.clock.now()));
    // Errors mean the call is gone already; its hangup closes the attempt.
    await actOnMachine(this.port, this.verdicts, h.callId, answer, { alive: () => true, confirmed: () => false });
  }

  stop(): void {
    this.predictive.stop();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.calls.clear();
  }

  private async wrapUp(h: Held, now: Date): Promise<void> {
    await this.write(h, (em, outbox) => moveHeldAgent(em, outbox, h.tenantId, h.agent.id, ON_CALL, WRAP_UP, now));
    this.after(h.agent.wrapUpSeconds, () =>
      this.write(h, (em, outbox) => moveHeldAgent(em, outbox, h.tenantId, h.agent.id, WRAP_UP, AVAILABLE, this.clock.now())),
    );
  }

  private async agentDidNotAnswer(h: Held, cause: string, now: Date): Promise<void> {
    // This agent, not whoever takes the call next (h.agent moves on).
    const agent = h.agent;
    await this.write(h, async (em, outbox) => {
      await markAbandoned(em, h.callId, AbandonReason.BRIDGE_FAILED, cause);
      const [row] = await rows<{ n: number; max: number }>(
        em,
        'update agent set consecutive_no_answers = consecutive_no_answers + 1 where id = ? returning consecutive_no_answers as n, max_no_answer as max',
        [agent.id],
      );
      if (row && row.n >= row.max) {
        // The board shows why: the last offer's cause (USER_NOT_REGISTERED, NO_ANSWER, CALL_REJECTED…).
        if (await moveHeldAgent(em, outbox, h.tenantId, agent.id, RESERVED, BREAK, now))
          await em.execute('update agent set break_cause = ? where id = ?', [cause, agent.id]);
        return;
      }
      // Stays RESERVED for its delay, so the next offer goes to another agent first.
      const delay = cause === 'CALL_REJECTED' ? agent.rejectDelaySeconds : agent.noAnswerDelaySeconds;
      this.after(delay, () =>
        this.write(h, (tem, o) => moveHeldAgent(tem, o, h.tenantId, agent.id, RESERVED, AVAILABLE, this.clock.now())),
      );
    });
  }

  /**
   * The customer is still on the line: offer the call to another AVAILABLE agent of the
   * campaign (the same atomic reservation); with nobody free, end it (a drop, not redialed now).
   */
  private async offerToAnother(h: Held, now: Date): Promise<void> {
    const got: { agent: ReservedAgent | null } = { agent: null };
    await this.write(h, async (em, outbox) => {
      const next = await reserveAgent(em, h.campaignId, now);
      if (!next) return;
      got.agent = next;
      outbox.add('AGENT_STATE', {
        tenantId: h.tenantId,
        agentId: next.id,
        name: next.name,
        state: RESERVED,
        previous: AVAILABLE,
        by: AgentActor.DIALER,
        at: now.toISOString(),
      });
      await clearAbandoned(em, h.callId, next.id);
    });
    const agent = got.agent;
    if (!agent || !this.calls.has(h.callId)) {
      if (agent)
        await this.write(h, (em, outbox) => moveHeldAgent(em, outbox, h.tenantId, agent.id, RESERVED, AVAILABLE, this.clock.now()));
      this.port.hangup(h.callId, 'NORMAL_CLEARING').catch(() => undefined);
      return;
    }
    h.agent = agent;
    h.agentFailed = false;
    void pushAgentCall(this.bus, { tenantId: h.tenantId, agentId: agent.id, callId: h.callId }, 'OFFERED', now);
    this.port
      .bridge(h.callId, { endpoint: agent.endpoint, timeoutSec: agent.callTimeoutSeconds })
      .catch((err: unknown) => this.logger?.warn({ err, callId: h.callId }, 'agent bridge not sent'));
  }

  private after(seconds: number, run: () => Promise<unknown>): void {
    const t = setTimeout(
      () => {
        this.timers.delete(t);
        void run();
      },
      Math.max(0, seconds) * 1000,
    );
    this.timers.add(t);
  }

  /** One transaction; its agent events go out after commit. Errors are logged, never thrown into the dialer. */
  private async write(h: Held, work: (em: EntityManager, outbox: Outbox) => Promise<unknown>): Promise<void> {
    const outbox = new Outbox();
    try {
      await this.orm.em.fork().transactional((em) => work(em, outbox));
      for (const e of outbox.events) await this.bus.publish(e.topic, e.payload);
    } catch (err) {
      this.logger?.error({ err, callId: h.callId }, 'agent call step failed');
    }
  }
}
