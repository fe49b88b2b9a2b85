import { randomUUID } from 'node:crypto';
import { isTerminal, type CallEvent } from '../call-event';
import type { FreeSwitchAdapter } from '../freeswitch/freeswitch-adapter';
import type { ConnectionState, OriginateRequest } from '../port';
import { DEFAULT_WAIT_MS } from '../../test/wait-for';

/**
 * Records what one adapter reports (events, connection states, errors) and waits on it.
 * Knows nothing of the switch behind the adapter: the simulator harness and the real-switch
 * contract target both build on it.
 */
export class CallRecorder {
  readonly events: CallEvent[] = [];
  /** When each of `events` reached Pacer (epoch ms): a lower bound for anything Pacer did in response. */
  readonly receivedAt: number[] = [];
  readonly states: ConnectionState[] = [];
  readonly errors: Error[] = [];
  private waiters: Array<() => void> = [];

  constructor(
    readonly adapter: FreeSwitchAdapter,
    /** Dial string `call()` uses unless the request gives one. */
    readonly defaultDialString = 'sofia/gateway/gw1/{number}',
  ) {
    adapter.onEvent((e) => {
      this.events.push(e);
      this.receivedAt.push(Date.now());
      this.wake();
    });
    adapter.onConnectionState((s) => {
      this.states.push(s.state);
      this.wake();
    });
    adapter.onError((e) => {
      this.errors.push(e);
      this.wake();
    });
  }

  /** Originates `number` through the dial string with a fresh call id. */
  async call(number: string, extra: Partial<OriginateRequest> = {}): Promise<string> {
    const callId = extra.callId ?? randomUUID();
    await this.adapter.originate({ callId, number, dialString: this.defaultDialString, ringTimeoutSec: 30, ...extra });
    return callId;
  }

  eventsFor(callId: string): CallEvent[] {
    return this.events.filter((e) => e.callId === callId);
  }

  typesFor(callId: string): string[] {
    return this.eventsFor(callId).map((e) => e.type);
  }

  terminalFor(callId: string): CallEvent | undefined {
    return this.eventsFor(callId).find(isTerminal);
  }

  /** Resolves when `pred` holds (checked at every event); rejects after `ms` (at least 30 s: it only bounds a failure). */
  async until(pred: () => boolean, what: string, ms = DEFAULT_WAIT_MS): Promise<void> {
    const deadline = Date.now() + Math.max(ms, DEFAULT_WAIT_MS);
    while (!pred()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  /** Waits for the call's terminal event and returns it. */
  async ended(callId: string, ms = DEFAULT_WAIT_MS): Promise<CallEvent> {
    await this.until(() => this.terminalFor(callId) !== undefined, `end of ${callId}`, ms);
    return this.terminalFor(callId) as CallEvent;
  }

  /** When the call's first event of `type` reached Pacer (epoch ms). */
  arrival(callId: string, type: CallEvent['type']): number | undefined {
    const i = this.events.findIndex((e) => e.callId === callId && e.type === type);
    return i < 0 ? undefined : this.receivedAt[i];
  }

  event<T extends CallEvent['type']>(callId: string, type: T): Extract<CallEvent, { type: T }> | undefined {
    return this.eventsFor(callId).find((e): e is Extract<CallEvent, { type: T }> => e.type === type);
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
