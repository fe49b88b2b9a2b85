import { randomUUID } from 'node:crypto';
import { isTerminal, type CallEvent } from '../call-event';
import { FreeSwitchAdapter, type FreeSwitchOptions } from '../freeswitch/freeswitch-adapter';
import type { ConnectionState, OriginateRequest } from '../port';
import { Simulator, type SimulatorOptions } from '../simulator/simulator';
import { DEFAULT_WAIT_MS } from '../../test/wait-for';

/** A simulator and the real adapter connected to it over TCP, with event recording for tests. */
export class SwitchHarness {
  readonly events: CallEvent[] = [];
  /** When each of `events` reached Pacer (epoch ms): a lower bound for anything Pacer did in response. */
  readonly receivedAt: number[] = [];
  readonly states: ConnectionState[] = [];
  readonly errors: Error[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    readonly sim: Simulator,
    readonly adapter: FreeSwitchAdapter,
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

  static async start(simOpts: SimulatorOptions = {}, adapterOpts: Partial<FreeSwitchOptions> = {}): Promise<SwitchHarness> {
    const sim = new Simulator({ timeScale: 20, sessionsPerSecond: 1000, ...simOpts });
    const port = await sim.listen(0);
    const adapter = new FreeSwitchAdapter({
      host: '127.0.0.1',
      port,
      password: simOpts.password ?? 'ClueCon',
      jobGraceMs: 100,
      reconnect: { startingDelayMs: 50, maxDelayMs: 200 },
      connectTimeoutMs: 2000,
      ...adapterOpts,
    });
    const h = new SwitchHarness(sim, adapter);
    await adapter.connect();
    return h;
  }

  /** A second adapter on an already running simulator (a restarted dialer). */
  static async attach(sim: Simulator, adapterOpts: Partial<FreeSwitchOptions> = {}): Promise<SwitchHarness> {
    const adapter = new FreeSwitchAdapter({ host: '127.0.0.1', port: sim.port, password: 'ClueCon', jobGraceMs: 100, ...adapterOpts });
    const h = new SwitchHarness(sim, adapter);
    await adapter.connect();
    return h;
  }

  async closeAdapterOnly(): Promise<void> {
    await this.adapter.close();
  }

  /** Originates `number` through `dialString` with a fresh call id. */
  async call(number: string, extra: Partial<OriginateRequest> = {}): Promise<string> {
    const callId = extra.callId ?? randomUUID();
    await this.adapter.originate({ callId, number, dialString: 'sofia/gateway/gw1/{number}', ringTimeoutSec: 30, ...extra });
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

  /** Waits for the call's terminal event (and its job result when a job exists) and returns it. */
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

  async close(): Promise<void> {
    await this.adapter.close();
    await this.sim.close();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
