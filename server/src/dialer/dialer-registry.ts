import type { DialerStatusPayload } from '../events/live-topics';

/** What the dialerStatus query needs from this process's dialer. */
export interface DialerStatusSource {
  status(): DialerStatusPayload;
}

/** The leader's heartbeat as heard on the bus (leader-status-watch.ts). */
export interface LeaderStatusSource {
  latest(): DialerStatusPayload | null;
}

/** A heartbeat older than this means no dialer leads (it beats about once a second). */
const HEARTBEAT_STALE_MS = 5000;

let local: DialerStatusSource | null = null;
let watch: LeaderStatusSource | null = null;

/** The composition root registers the process's dialer here (PACER_DIALER=on); resolvers read it. */
export function setLocalDialer(d: DialerStatusSource | null): void {
  local = d;
}

export function setLeaderWatch(w: LeaderStatusSource | null): void {
  watch = w;
}

/** The leader's status: this process's when it leads, else its last fresh heartbeat, else "no dialer". */
export function knownDialerStatus(): DialerStatusPayload {
  const mine = local?.status();
  if (mine?.leader) return mine;
  const leader = watch?.latest();
  if (leader?.leader && Date.now() - new Date(leader.at).getTime() < HEARTBEAT_STALE_MS) return leader;
  return (
    mine ?? {
      node: 'none',
      leader: false,
      switchUp: false,
      activeCalls: 0,
      runningCampaigns: 0,
      callsPerSecond: 0,
      machineDetectors: null,
      at: new Date().toISOString(),
    }
  );
}
