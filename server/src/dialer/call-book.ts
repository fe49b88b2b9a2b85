import type { BroadcastAction } from '../entities/campaign-config';
import type { CallEvent, SwitchPort } from '../switch/port';
import { runAnswerScript } from './answer-script';
import { callEndFromEvent, type CallEnd, type CallMemory } from './call-end';
import type { Clock } from './clock';
import type { LiveFeed } from './live-feed';
import type { OpenAttempt } from './reconcile';
import type { ClaimedCall } from './tick';

interface Entry {
  callId: string;
  campaignId: string;
  tenantId: string;
  recipientId: string;
  number: string;
  gatewayId: string | null;
  actions: readonly BroadcastAction[];
  minHoldSeconds: number;
  mem: CallMemory;
  /** Set until the originate is sent. */
  timer: NodeJS.Timeout | null;
}

/**
 * The leader's in-memory view of its calls: planned (timer until `at`), sent, ringing,
 * answered. Turns switch events into CallEnds and live call states, and runs the answer
 * script. The database stays the truth; this is only what events need between them.
 */
export class CallBook {
  private readonly calls = new Map<string, Entry>();

  constructor(private readonly port: SwitchPort, private readonly live: LiveFeed, private readonly clock: Clock) {}

  get size(): number {
    return this.calls.size;
  }

  plan(call: ClaimedCall, delayMs: number, send: () => void): void {
    const entry: Entry = {
      callId: call.callId, campaignId: call.campaignId, tenantId: call.tenantId, recipientId: call.recipientId,
      number: call.number, gatewayId: call.gatewayId, actions: call.campaign.broadcastActions, minHoldSeconds: call.campaign.minSuccessSeconds, mem: {}, timer: null,
    };
    entry.timer = setTimeout(send, delayMs);
    this.calls.set(call.callId, entry);
  }

  /** The originate is going out now. */
  sent(callId: string): void {
    const e = this.calls.get(callId);
    if (!e) return;
    e.timer = null;
    e.mem.originatedAt = this.clock.now();
    this.emit(e, 'dialing', null);
  }

  /** A call the previous leader placed and the switch still has. Answered ones are ended. */
  reattach(a: OpenAttempt, answered: boolean): void {
    const entry: Entry = { ...a, actions: a.broadcastActions, minHoldSeconds: 0, mem: {}, timer: null };
    this.calls.set(a.callId, entry);
    // Its answer script died with the old leader; a transferred call belongs to someone else now.
    if (answered && !a.broadcastActions.some((x) => x.kind === 'TRANSFER')) void runAnswerScript(this.port, a.callId, [], () => this.calls.has(a.callId));
  }

  /** Unsent calls are dropped (timers cleared) and returned. */
  cancelPending(): Entry[] {
    const out: Entry[] = [];
    for (const e of this.calls.values()) {
      if (!e.timer) continue;
      clearTimeout(e.timer);
      this.calls.delete(e.callId);
      out.push(e);
    }
    return out;
  }

  clear(): void {
    for (const e of this.calls.values()) if (e.timer) clearTimeout(e.timer);
    this.calls.clear();
  }

  forget(callId: string): void {
    this.calls.delete(callId);
  }

  activeByCampaign(): Map<string, number> {
    const m = new Map<string, number>();
    for (const e of this.calls.values()) m.set(e.campaignId, (m.get(e.campaignId) ?? 0) + 1);
    return m;
  }

  /** Updates the call from a switch event; returns its end (and gateway) when the event is terminal. */
  onEvent(ev: CallEvent): { end: CallEnd; gatewayId: string | null } | null {
    const e = this.calls.get(ev.callId);
    switch (ev.type) {
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
          void runAnswerScript(this.port, ev.callId, e.actions, () => this.calls.has(ev.callId), e.minHoldSeconds);
        }
        return null;
      case 'amd':
        if (e) e.mem.amd = ev.result;
        return null;
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

  private emit(e: Entry, state: string, outcome: string | null): void {
    this.live.callState(e.tenantId, e.campaignId, {
      callId: e.callId, recipientId: e.recipientId, number: e.number, state, outcome, at: this.clock.now().toISOString(),
    });
  }
}
