import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Outbox } from '../../commands/command-context';
import { AgentState } from '../../domain/agent/agent-state';
import { AgentActor } from '../../domain/agent/agent-transitions';
import type { CallEvent, SwitchPort } from '../../switch/port';
import type { Clock } from '../clock';
import type { ClaimedCall } from '../tick';
import type { TopicPublisher } from './agent-call-push';
import { moveHeldAgent, reserveAgent, type ReservedAgent } from './reserve-agents';

/** product.md: an abandon is a human answer with no agent within 2 s. */
export const ABANDON_AFTER_MS = 2000;
/** Played to an abandoned callee before the hangup (the safe-harbor message). */
export const SAFE_HARBOR_FILE = 'pacer/safe-harbor.wav';
const RETRY_MS = 100;

interface Waiting { callId: string; tenantId: string; campaignId: string; answeredAt: number | null }

/**
 * Predictive calls are dialed without an agent. When one is answered, an AVAILABLE agent of
 * the campaign is reserved (the same atomic UPDATE as progressive) and the call is handed to
 * the agent flow (`adopt`); nobody within 2 s is an abandon: the attempt is marked, the
 * safe-harbor message plays and the call ends.
 */
export class PredictiveConnector {
  private readonly calls = new Map<string, Waiting>();

  constructor(
    private readonly orm: MikroORM, private readonly port: SwitchPort, private readonly bus: TopicPublisher, private readonly clock: Clock,
    private readonly adopt: (call: { callId: string; tenantId: string; campaignId: string }, agent: ReservedAgent) => void,
    private readonly logger?: Logger,
  ) {}

  track(call: ClaimedCall): void {
    this.calls.set(call.callId, { callId: call.callId, tenantId: call.tenantId, campaignId: call.campaignId, answeredAt: null });
  }

  /** True when the event was about a call this connector still holds. */
  onEvent(e: CallEvent): boolean {
    const w = this.calls.get(e.callId);
    if (!w) return false;
    if (e.type === 'answered') {
      w.answeredAt = Date.now();
      void this.connect(w);
    } else if (e.type === 'hangup' || e.type === 'originate-failed' || e.type === 'call-lost') {
      this.calls.delete(w.callId);
      // The callee hung up while waiting for an agent: that is an abandon too.
      if (w.answeredAt !== null) void this.markAbandoned(w.callId);
    }
    return true;
  }

  stop(): void {
    this.calls.clear();
  }

  private async connect(w: Waiting): Promise<void> {
    while (this.calls.get(w.callId) === w) {
      const agent = await this.tryReserve(w);
      if (agent && this.calls.get(w.callId) !== w) {
        // The callee hung up while the agent was being reserved: give the agent back.
        await this.release(w, agent);
        return;
      }
      if (agent) {
        this.calls.delete(w.callId);
        this.adopt(w, agent);
        return;
      }
      if (Date.now() - (w.answeredAt ?? 0) >= ABANDON_AFTER_MS) break;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
    if (this.calls.get(w.callId) !== w) return;
    this.calls.delete(w.callId);
    await this.markAbandoned(w.callId);
    try {
      await this.port.broadcast(w.callId, SAFE_HARBOR_FILE);
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
            tenantId: w.tenantId, agentId: a.id, name: a.name, state: AgentState.RESERVED, previous: AgentState.AVAILABLE,
            by: AgentActor.DIALER, at: this.clock.now().toISOString(),
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
      await this.orm.em.fork().transactional((em) => moveHeldAgent(em, outbox, w.tenantId, agent.id, AgentState.RESERVED, AgentState.AVAILABLE, this.clock.now()));
      for (const e of outbox.events) await this.bus.publish(e.topic, e.payload);
    } catch (err) {
      this.logger?.error({ err, callId: w.callId }, 'predictive: could not release the agent');
    }
  }

  private async markAbandoned(callId: string): Promise<void> {
    try {
      await this.orm.em.fork().execute('update call_attempt set abandoned = true where call_id = ?', [callId]);
    } catch (err) {
      this.logger?.error({ err, callId }, 'predictive: could not mark the abandon');
    }
  }
}
