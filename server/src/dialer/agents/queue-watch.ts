import type { Logger } from 'pino';
import type { SwitchPort } from '../../switch/port';
import type { QueueSlotSource } from './agent-slots';

/** At most one count per queue this often, however often ticks come (every call end pokes one). */
const MIN_READ_INTERVAL_MS = 100;
/** A count this old is not trusted: the switch is slow or failing, so the queue gives no slots. */
const STALE_MS = 2000;
/**
 * The real mod_callcenter offers a new member to an agent from its dispatch loop, not at the
 * transfer's +OK: a call that joined the queue counts as pending until a count sent this long
 * after its join, so the agent it is about to take is never counted twice.
 */
const SETTLE_MS = 1000;

export interface QueueWatchOptions {
  /** The campaign's live calls not reflected in a count sent at `countedBefore` (epoch ms). */
  pending(campaignId: string, countedBefore: number): number;
  /** A queue's count changed: plan again now rather than at the next timer tick. */
  onChange(): void;
  settleMs?: number;
  logger?: Logger;
}

interface Count {
  free: number;
  /** When the command that produced it was sent (the switch answered for that instant or later). */
  sentAt: number;
  gotAt: number;
}

/**
 * Queue-watch's free-agent counts: `read` answers from the last count and starts a new one in
 * the background, so a slow switch never holds up a tick. One count per queue in flight; a
 * failed or stale count means no free agents (no slots), never a crash or a guess.
 */
export class QueueWatch implements QueueSlotSource {
  private readonly counts = new Map<string, Count>();
  private readonly reading = new Set<string>();
  private readonly lastSent = new Map<string, number>();
  private readonly failing = new Set<string>();
  private readonly settleMs: number;

  constructor(
    private readonly port: SwitchPort,
    private readonly opts: QueueWatchOptions,
  ) {
    this.settleMs = opts.settleMs ?? SETTLE_MS;
  }

  read(campaignId: string, queue: string): { freeAgents: number; callsPending: number } {
    this.refresh(queue);
    const c = this.counts.get(queue);
    if (!c || Date.now() - c.gotAt > STALE_MS) return { freeAgents: 0, callsPending: 0 };
    return { freeAgents: c.free, callsPending: this.opts.pending(campaignId, c.sentAt - this.settleMs) };
  }

  private refresh(queue: string): void {
    const now = Date.now();
    if (this.reading.has(queue) || now - (this.lastSent.get(queue) ?? 0) < MIN_READ_INTERVAL_MS) return;
    this.reading.add(queue);
    this.lastSent.set(queue, now);
    void this.port
      .queueFreeAgents(queue)
      .then(
        (free) => {
          const before = this.counts.get(queue)?.free;
          this.counts.set(queue, { free, sentAt: now, gotAt: Date.now() });
          if (this.failing.delete(queue)) this.opts.logger?.info({ queue }, 'dialer: queue count readable again');
          if (before !== free) this.opts.onChange();
        },
        (err: unknown) => {
          this.counts.delete(queue);
          // Once per failure spell: a switch without the queue would otherwise log every tick.
          if (!this.failing.has(queue))
            this.opts.logger?.warn({ err, queue }, "dialer: cannot count the queue's free agents; no queue-watch calls");
          this.failing.add(queue);
        },
      )
      .finally(() => this.reading.delete(queue));
  }
}
