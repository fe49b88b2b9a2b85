import type { Simulator } from '../simulator/simulator';

/**
 * The destinations of the project's FreeSWITCH configuration that contract scenarios send calls
 * to, and the simulator's model of each. On the real switch they come from deploy/freeswitch:
 * the IVR extensions of dialplan/default/pacer-destinations.xml (menus in
 * autoload_configs/ivr.conf.xml) and the queues of callcenter-queues/pacer.xml with the agent of
 * autoload_configs/callcenter.conf.xml. Change both together.
 */
export const CONTRACT_DESTINATIONS = {
  /** `ivr pacer_demo`: half a second of greeting, 1.5 s for a key nobody presses, then the menu ends. */
  ivrFinishes: '55201',
  /** `ivr pacer_long`: a minute for a key; the callee hangs up first. */
  ivrLong: '55202',
  /** One agent (pacer-queue-agent in pacer.xml): it answers after 2 s of ringing and hangs up 2 s later. */
  queueAnswered: 'pacer-answer@default',
  /** No agent, max-wait-time 3 s: TIMEOUT. */
  queueTimeout: 'pacer-timeout@default',
  /** No agent, max-wait-time-with-no-agent 2 s + 1 s after joining: NO_AGENT_TIMEOUT. */
  queueEmpty: 'pacer-empty@default',
  /** No agent, no limit: the member waits until it hangs up. */
  queueHold: 'pacer-hold@default',
} as const;

/** Gives the simulator the same extensions and queues (its seconds are simulated ones). */
export function installContractDestinations(sim: Simulator): void {
  const d = CONTRACT_DESTINATIONS;
  const greeting = { file: 'silence_stream://500', sec: 0.5 };
  sim.setExtension(d.ivrFinishes, { kind: 'ivr', menu: 'pacer_demo', sec: 2, status: 'timeout', greeting });
  sim.setExtension(d.ivrLong, { kind: 'ivr', menu: 'pacer_long', sec: 60, status: 'timeout', greeting });
  const mohSound = 'silence_stream://-1';
  sim.setQueue(d.queueAnswered, { freeAgents: 1, answerAfterSec: 2, talkSec: 2, mohSound });
  sim.setQueue(d.queueTimeout, { freeAgents: 0, maxWaitSec: 3, mohSound });
  sim.setQueue(d.queueEmpty, { freeAgents: 0, maxWaitNoAgentSec: 3, mohSound });
  sim.setQueue(d.queueHold, { freeAgents: 0, mohSound });
}
