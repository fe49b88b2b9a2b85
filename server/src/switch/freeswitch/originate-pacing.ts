import { TokenBucket } from 'limiter';
import type { Logger } from 'pino';
import type { SwitchStatus } from '../port';

/**
 * Paces originates under the switch's own sessions per second (switch.conf.xml), read at each
 * connect. The rate can change while connected (`fsctl sps 6`): when the switch refuses an
 * originate for its limits, the rate is read again (at most once a second) and pacing follows
 * it, so a lowered limit costs a few refusals, not one per call for the rest of the run; while
 * dialing it is also read every REREAD_MS, so a raised limit is used again.
 */
const REREAD_MS = 10_000;

export class OriginatePacing {
  private bucket = bucketFor(1);
  private rate = 1;
  private lastRefresh = 0;
  private refreshing = false;

  constructor(
    /** Share of the switch's rate Pacer may use (others may place calls on the same switch). */
    private readonly share: number,
    private readonly readStatus: () => Promise<SwitchStatus>,
    private readonly logger?: Logger,
  ) {}

  /** Originates per second Pacer allows itself now. */
  get perSecond(): number {
    return this.rate;
  }

  /** The switch's sessions per second, as it reports them. */
  follow(switchSessionsPerSecond: number): void {
    this.lastRefresh = Date.now();
    const rate = Math.max(1, Math.floor(switchSessionsPerSecond * this.share));
    if (rate === this.rate) return;
    this.rate = rate;
    this.bucket = bucketFor(rate);
  }

  /** Waits for an originate's turn; `sessions` it will open (a loopback call is two, both counted by the switch). */
  async take(sessions = 1): Promise<void> {
    if (Date.now() - this.lastRefresh > REREAD_MS) this.reread('periodic');
    await this.bucket.removeTokens(sessions);
  }

  /** The switch refused an originate for its own limits: learn its rate again. */
  refused(): void {
    if (Date.now() - this.lastRefresh >= 1000) this.reread('refused');
  }

  private reread(why: 'refused' | 'periodic'): void {
    if (this.refreshing) return;
    this.refreshing = true;
    this.lastRefresh = Date.now();
    const before = this.rate;
    void this.readStatus()
      .then((s) => {
        this.follow(s.sessionsPerSecond);
        if (why === 'refused' || this.rate !== before)
          this.logger?.warn(
            { why, before, after: this.rate, switchSessionsPerSecond: s.sessionsPerSecond, switchMaxSessions: s.maxSessions },
            "pacing follows the switch's current sessions per second",
          );
      })
      .catch((err: unknown) => this.logger?.warn({ err }, 'could not read the switch status after a refusal'))
      .finally(() => {
        this.refreshing = false;
      });
  }
}

/**
 * A token bucket that starts empty and holds a tenth of a second's tokens: the switch counts
 * sessions in a sliding second, so the burst plus the drip (1.1 x rate) must stay under it.
 */
function bucketFor(rate: number): TokenBucket {
  // At least 2: a loopback call takes two tokens at once.
  return new TokenBucket({ bucketSize: Math.max(2, Math.floor(rate / 10)), tokensPerInterval: rate, interval: 'second' });
}
