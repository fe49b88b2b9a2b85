import { extname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { superviseChild, type SupervisedChild } from './supervised-child';

export interface DialerProcesses {
  dialer: SupervisedChild;
  /** The embedded switch simulator's process (when no ESL_HOST is configured). */
  simulator?: SupervisedChild;
  stop(): Promise<void>;
}

const ext = extname(__filename); // .ts under @swc-node/register (dev, tests), .js in dist
const entry = (path: string) => join(__dirname, '..', `${path}${ext}`);

/**
 * PACER_DIALER=process (the default): the dialer in its own process, and with no ESL_HOST the
 * embedded switch simulator in another, both supervised by the API process. Each has its own
 * event loop: the API's fan-out to thousands of screens never delays an originate, and a
 * busy dialer never delays a request. The dialer stops before the switch.
 */
export async function startDialerProcesses(config: Config, databaseUrl: string, logger: Logger): Promise<DialerProcesses> {
  let simulator: SupervisedChild | undefined;
  let eslHost = config.ESL_HOST;
  let eslPort = config.ESL_PORT;
  if (!eslHost) {
    const simEnv = {
      ...process.env,
      SIM_PORT: String(config.SIM_PORT),
      SIM_SEED: String(config.SIM_SEED),
      SIM_TIME_SCALE: String(config.SIM_TIME_SCALE),
      ESL_PASSWORD: config.ESL_PASSWORD,
    };
    simulator = await superviseChild({ name: 'switch simulator', entry: entry('switch/simulator/cli'), env: simEnv, logger });
    eslHost = '127.0.0.1';
    eslPort = simulator.ready.port ?? config.SIM_PORT;
    // A restarted simulator listens where the dialer already connects (SIM_PORT may be 0).
    simEnv.SIM_PORT = String(eslPort);
    logger.info({ port: eslPort, pid: simulator.pid }, 'switch simulator running (set ESL_HOST for a real FreeSWITCH)');
  }
  let dialer: SupervisedChild;
  try {
    dialer = await superviseChild({
      name: 'dialer',
      entry: entry('dialer-main'),
      env: {
        ...process.env,
        NODE_ENV: config.NODE_ENV,
        LOG_LEVEL: config.LOG_LEVEL,
        DATABASE_URL: databaseUrl,
        ESL_HOST: eslHost,
        ESL_PORT: String(eslPort),
        ESL_PASSWORD: config.ESL_PASSWORD,
        PACER_DIALER: 'on',
      },
      logger,
    });
  } catch (err) {
    await simulator?.stop();
    throw err;
  }
  logger.info({ pid: dialer.pid }, 'dialer process supervised by the API');
  return {
    dialer,
    simulator,
    async stop() {
      await dialer.stop();
      await simulator?.stop();
    },
  };
}
