import type { Logger } from 'pino';
import type { SwitchPort } from '../switch/port';
import type { CallBook } from './call-book';
import { interrupted } from './call-end';
import type { Clock } from './clock';
import type { OutcomeQueue } from './outcome-queue';

/** How long after the request calls of the campaign still being sent are hung up too. */
const WINDOW_MS = 10_000;

/**
 * Issue 19: "cancel (or terminate) with hangUpCalls". The command only publishes the request
 * on CAMPAIGN_CHANGED (commands never talk to the switch); the leading dialer ends the
 * campaign's calls here: planned calls are dropped (closed as INTERRUPTED, not counted) and
 * sent ones hung up, their ends recorded by the usual path (outcome-writer.ts), so each
 * recipient gets the state its call's end gives it. For a few seconds after the request every
 * tick sweeps again, for calls a tick claimed just before the cancel committed.
 */
export class CampaignHangups {
  private readonly requested = new Map<string, number>();
  private readonly hungUp = new Set<string>();

  constructor(
    private readonly port: SwitchPort,
    private readonly book: CallBook,
    private readonly outcomes: OutcomeQueue,
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {}

  request(campaignId: string): void {
    this.requested.set(campaignId, Date.now() + WINDOW_MS);
    this.sweep();
  }

  /** Ends what the requested campaigns still have; called on request and after each tick. */
  sweep(): void {
    const now = Date.now();
    for (const [campaignId, until] of this.requested) {
      if (until < now) {
        this.requested.delete(campaignId);
        continue;
      }
      for (const c of this.book.cancelPending(campaignId)) this.outcomes.push(interrupted(c.callId, this.clock.now(), 'CAMPAIGN_HANGUP'));
      for (const callId of this.book.sentOf(campaignId)) {
        if (this.hungUp.has(callId)) continue;
        this.hungUp.add(callId);
        this.port.hangup(callId, 'NORMAL_CLEARING').catch((err: unknown) => {
          // Gone already (it ended on its own): its end is recorded by the usual path.
          this.logger?.debug({ err, callId, campaignId }, 'dialer: campaign hang-up of a call that had ended');
        });
      }
    }
    if (this.requested.size === 0) this.hungUp.clear();
  }
}
