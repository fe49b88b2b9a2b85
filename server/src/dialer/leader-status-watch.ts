import type { EventBus } from '../events/event-bus';
import { listen } from '../events/listen';
import type { DialerStatusPayload } from '../events/live-topics';
import { setLeaderWatch } from './dialer-registry';

/**
 * The leading dialer's last heartbeat as heard on the bus. The API process keeps one, since
 * the dialer usually runs in another process (or on another machine): dialerStatus reads it.
 */
export class LeaderStatusWatch {
  private last: DialerStatusPayload | null = null;
  private readonly unlisten: () => void;

  constructor(bus: EventBus) {
    this.unlisten = listen(bus, 'DIALER_STATUS', (s) => {
      if (s.leader || s.node === this.last?.node) this.last = s;
    });
    setLeaderWatch(this);
  }

  latest(): DialerStatusPayload | null {
    return this.last;
  }

  close(): void {
    setLeaderWatch(null);
    this.unlisten();
  }
}
