import { FreeSwitchAdapter, type FreeSwitchOptions } from '../freeswitch/freeswitch-adapter';
import { Simulator, type SimulatorOptions } from '../simulator/simulator';
import { CallRecorder } from './call-recorder';

/** A simulator and the real adapter connected to it over TCP, with event recording for tests. */
export class SwitchHarness extends CallRecorder {
  private constructor(
    readonly sim: Simulator,
    adapter: FreeSwitchAdapter,
  ) {
    super(adapter);
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

  async close(): Promise<void> {
    await this.adapter.close();
    await this.sim.close();
  }
}
