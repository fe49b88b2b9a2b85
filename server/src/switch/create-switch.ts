import type { Logger } from 'pino';
import { FreeSwitchAdapter } from './freeswitch/freeswitch-adapter';
import type { SwitchPort } from './port';
import { Simulator } from './simulator/simulator';

export interface CreateSwitchOptions {
  /** Unset: start the embedded simulator and talk to it exactly as to a real FreeSWITCH. */
  eslHost?: string;
  eslPort: number;
  eslPassword: string;
  simPort: number;
  simSeed: number;
  simTimeScale: number;
  logger?: Logger;
}

export interface SwitchHandle {
  port: SwitchPort;
  /** Present when the embedded simulator runs (dev, demo, tests). */
  simulator?: Simulator;
  close(): Promise<void>;
}

/** The switch settings of the configuration (the API process with PACER_DIALER=on, the dialer process). */
export function switchOptionsOf(
  config: { ESL_HOST?: string; ESL_PORT: number; ESL_PASSWORD: string; SIM_PORT: number; SIM_SEED: number; SIM_TIME_SCALE: number },
  logger?: Logger,
): CreateSwitchOptions {
  return {
    eslHost: config.ESL_HOST,
    eslPort: config.ESL_PORT,
    eslPassword: config.ESL_PASSWORD,
    simPort: config.SIM_PORT,
    simSeed: config.SIM_SEED,
    simTimeScale: config.SIM_TIME_SCALE,
    logger,
  };
}

/**
 * The composition root's one call for the switch. With no ESL host the simulator is started on
 * 127.0.0.1:simPort and the same FreeSWITCH adapter connects to it over TCP.
 */
export async function createSwitch(opts: CreateSwitchOptions): Promise<SwitchHandle> {
  let simulator: Simulator | undefined;
  let host = opts.eslHost;
  let port = opts.eslPort;
  if (!host) {
    simulator = new Simulator({ password: opts.eslPassword, seed: opts.simSeed, timeScale: opts.simTimeScale, demoAgents: true });
    port = await simulator.listen(opts.simPort);
    host = '127.0.0.1';
  }
  const adapter = new FreeSwitchAdapter({ host, port, password: opts.eslPassword, logger: opts.logger });
  try {
    await adapter.connect();
  } catch (e) {
    // A real switch may come up later: the adapter keeps retrying. The simulator must work now.
    if (simulator) {
      await adapter.close();
      await simulator.close();
      throw e;
    }
    opts.logger?.warn({ err: (e as Error).message }, 'switch not reachable yet; retrying in the background');
  }
  return {
    port: adapter,
    simulator,
    async close() {
      await adapter.close();
      await simulator?.close();
    },
  };
}
