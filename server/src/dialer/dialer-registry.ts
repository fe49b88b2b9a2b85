import type { DialerStatusPayload } from '../events/live-topics';

/** What the dialerStatus query needs from this process's dialer. */
export interface DialerStatusSource {
  status(): DialerStatusPayload;
  /** The leader's last heartbeat heard on the bus (possibly another process's). */
  leaderStatus(): DialerStatusPayload | null;
}

let local: DialerStatusSource | null = null;

/** The composition root registers the process's dialer here; resolvers read it. */
export function setLocalDialer(d: DialerStatusSource | null): void {
  local = d;
}

/** The leader's status when known, else this process's own, else "no dialer here". */
export function knownDialerStatus(): DialerStatusPayload {
  const mine = local?.status();
  if (mine?.leader) return mine;
  const leader = local?.leaderStatus();
  if (leader && Date.now() - new Date(leader.at).getTime() < 5000) return leader;
  return (
    mine ?? {
      node: 'none',
      leader: false,
      switchUp: false,
      activeCalls: 0,
      runningCampaigns: 0,
      callsPerSecond: 0,
      at: new Date().toISOString(),
    }
  );
}
