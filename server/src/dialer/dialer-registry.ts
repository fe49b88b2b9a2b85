import type { DialerStatusPayload } from '../graphql/live/live-topics';

/** What the dialerStatus query needs from this process's dialer. */
export interface DialerStatusSource {
  status(): DialerStatusPayload;
}

let local: DialerStatusSource | null = null;

/** The composition root registers the process's dialer here; resolvers read it. */
export function setLocalDialer(d: DialerStatusSource | null): void {
  local = d;
}

export function localDialer(): DialerStatusSource | null {
  return local;
}
