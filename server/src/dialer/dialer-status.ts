import type { DialerStatusPayload } from '../events/live-topics';
import type { SwitchPort } from '../switch/port';

/** What a dialer process knows about itself at one instant. */
export interface DialerStatusParts {
  node: string;
  leader: boolean;
  port: SwitchPort;
  activeCalls: number;
  runningCampaigns: number;
  callsPerSecond: (now: number) => number;
}

/**
 * The payload of `dialerStatus` (and of DIALER_STATUS for the leader), in one place so the
 * figures an operator reads are assembled the same way on every path.
 */
export function dialerStatusOf(parts: DialerStatusParts, now = Date.now()): DialerStatusPayload {
  return {
    node: parts.node,
    leader: parts.leader,
    switchUp: parts.port.connectionState === 'up',
    activeCalls: parts.activeCalls,
    runningCampaigns: parts.runningCampaigns,
    callsPerSecond: parts.callsPerSecond(now),
    machineDetectors: parts.port.machineDetectors()?.slice() ?? null,
    at: new Date(now).toISOString(),
  };
}
