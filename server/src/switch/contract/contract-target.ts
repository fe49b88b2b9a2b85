import { bundleRestart } from './bundle-restart';
import { installContractDestinations } from './contract-destinations';
import { EslLink } from '../freeswitch/esl-link';
import { FreeSwitchAdapter } from '../freeswitch/freeswitch-adapter';
import { Simulator } from '../simulator/simulator';
import { CallRecorder } from '../testing/call-recorder';

/**
 * Where the contract scenarios run: the simulator (in `npm test`) or a real FreeSWITCH with
 * the project's dialplan (`npm run test:freeswitch`). Both are reached the same way, through
 * the production adapter over TCP, with the same dial string and numbers.
 */
export interface ContractTarget {
  readonly name: 'simulator' | 'freeswitch';
  readonly rec: CallRecorder;
  /** Real seconds one switch second takes: 1 on the real switch, 1/timeScale in the simulator. */
  readonly realSecPerSwitchSec: number;
  /** Sends an API command on a link of its own (`fsctl sps 1`…), as an operator would. */
  api(cmdline: string): Promise<string>;
  /** Where the switch's Event Socket is, for a second link (the frame tap). */
  readonly esl: { host: string; port: number; password: string };
  /**
   * Kills the switch (`kill -9`: every call vanishes without an event) and starts it again on
   * the same port; undefined when the lane does not own the switch (ESL_HOST given by the user).
   */
  readonly crashAndRestart?: () => Promise<void>;
  close(): Promise<void>;
}

/** One API command over a fresh ESL link: the same code for both switches. */
async function apiOnce(host: string, port: number, password: string, cmdline: string): Promise<string> {
  const link = await EslLink.open({ host, port, password, connectTimeoutMs: 10_000 });
  try {
    return await link.api(cmdline, 10_000);
  } finally {
    link.close();
  }
}

/** The project's callees: context `pacer` of deploy/freeswitch/dialplan/pacer.xml over loopback. */
export const CONTRACT_DIAL_STRING = 'loopback/{number}/pacer/XML';

/** Test numbers; their last four digits choose the callee's behaviour on both switches. */
export const CONTRACT_NUMBERS = {
  answer: '15550100000',
  busy: '15550100001',
  noAnswer: '15550100002',
  congestion: '15550100003',
  unallocated: '15550100004',
  rejected: '15550100005',
  press1: '15550100008',
  press9: '15550100009',
  noRoute: '15550100010',
  calleeHangsUp: '15550100011',
  calleeHangsUpLate: '15550100012',
} as const;

const SIM_TIME_SCALE = 10;

/** The simulator, as `npm test` runs it: a time scale keeps the suite fast. */
export async function simulatorTarget(): Promise<ContractTarget> {
  const sim = new Simulator({ timeScale: SIM_TIME_SCALE, sessionsPerSecond: 1000 });
  installContractDestinations(sim);
  const port = await sim.listen(0);
  const adapter = new FreeSwitchAdapter({ host: '127.0.0.1', port, password: 'ClueCon', jobGraceMs: 300 });
  const rec = new CallRecorder(adapter, CONTRACT_DIAL_STRING);
  await adapter.connect();
  return {
    name: 'simulator',
    rec,
    realSecPerSwitchSec: 1 / SIM_TIME_SCALE,
    api: (cmdline) => apiOnce('127.0.0.1', port, 'ClueCon', cmdline),
    esl: { host: '127.0.0.1', port, password: 'ClueCon' },
    async crashAndRestart() {
      await sim.close();
      await sim.listen(port);
    },
    async close() {
      await adapter.close();
      await sim.close();
    },
  };
}

/** The real switch the lane started (or the one ESL_HOST names); undefined without ESL_HOST. */
export function realSwitchConfigured(): { host: string; port: number; password: string } | undefined {
  const host = process.env.ESL_HOST;
  if (!host) return undefined;
  return { host, port: Number(process.env.ESL_PORT ?? '8021'), password: process.env.ESL_PASSWORD ?? 'ClueCon' };
}

export async function realSwitchTarget(): Promise<ContractTarget> {
  const cfg = realSwitchConfigured();
  if (!cfg) throw new Error('ESL_HOST is not set: the real-switch lane (npm run test:freeswitch) sets it');
  const adapter = new FreeSwitchAdapter({ ...cfg, connectTimeoutMs: 10_000 });
  const rec = new CallRecorder(adapter, CONTRACT_DIAL_STRING);
  await adapter.connect();
  return {
    name: 'freeswitch',
    rec,
    realSecPerSwitchSec: 1,
    api: (cmdline) => apiOnce(cfg.host, cfg.port, cfg.password, cmdline),
    esl: cfg,
    crashAndRestart: bundleRestart(cfg.port),
    async close() {
      await adapter.close();
    },
  };
}
