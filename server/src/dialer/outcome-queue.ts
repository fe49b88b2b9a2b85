import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Outbox } from '../events/outbox';
import type { SerialPublisher } from '../events/serial-publisher';
import type { CallEnd } from './call-end';
import type { Clock } from './clock';
import { completeFinishedCampaigns } from './completion';
import type { LiveFeed } from './live-feed';
import { recordCallEnds } from './outcome-writer';
import { writeCallMarks, type CallMark } from './call-marks';
import { addRecipientChangesByCampaign, DIALER } from '../events/recipient-changes';

/** A recorded end as a recipient change (the outbox holds only the item's fields). */
const changeItem = (x: {
  tenantId: string;
  campaignId: string;
  recipientId: string;
  state: string;
  attempts: number;
  lastOutcome: string;
}) => ({
  tenantId: x.tenantId,
  campaignId: x.campaignId,
  recipientId: x.recipientId,
  state: x.state,
  attempts: x.attempts,
  lastOutcome: x.lastOutcome,
});

const BATCH = 500;
const THRESHOLD_EVERY_MS = 1000;

/**
 * Call ends waiting to be written. One writer at a time, whole batches per transaction:
 * attempts closed, recipients moved, finished campaigns completed, then (after commit) the
 * events. A failed write is retried; ends are idempotent (only open attempts are closed).
 */
export class OutcomeQueue {
  private queue: CallEnd[] = [];
  private marks: CallMark[] = [];
  private readonly queued = new Set<string>();
  private draining: Promise<void> | null = null;
  private lastThreshold = 0;
  /** Campaigns with call ends since the last threshold check: checked at the latest THRESHOLD_EVERY_MS later. */
  private readonly thresholdDue = new Set<string>();
  private thresholdTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: SerialPublisher,
    private readonly live: LiveFeed,
    private readonly clock: Clock,
    private readonly logger: Logger | undefined,
    private readonly onRecorded: () => void,
  ) {}

  get length(): number {
    return this.queue.length;
  }

  push(end: CallEnd): void {
    if (this.queued.has(end.callId)) return;
    this.queued.add(end.callId);
    this.queue.push(end);
    this.kick();
  }

  /** An answer or confirmation; written before any end queued after it. */
  mark(m: CallMark): void {
    this.marks.push(m);
    this.kick();
  }

  private kick(): void {
    if (!this.draining) this.draining = new Promise<void>((r) => setImmediate(r)).then(() => this.run());
  }

  /** Resolves when everything queued so far is written. */
  async drain(): Promise<void> {
    while (this.draining || this.queue.length > 0 || this.marks.length > 0) {
      if (!this.draining) this.draining = this.run();
      await this.draining;
    }
  }

  private async run(): Promise<void> {
    try {
      while (this.queue.length > 0 || this.marks.length > 0) {
        const marks = this.marks.splice(0);
        const batch = this.queue.splice(0, BATCH);
        try {
          await this.write(marks, batch);
          for (const e of batch) this.queued.delete(e.callId);
        } catch (err) {
          this.logger?.error({ err, calls: batch.length }, 'dialer: could not record call ends; retrying');
          this.marks.unshift(...marks);
          this.queue.unshift(...batch);
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    } finally {
      this.draining = null;
    }
  }

  private async write(marks: CallMark[], batch: CallEnd[]): Promise<void> {
    const now = this.clock.now();
    const outbox = new Outbox();
    const withThreshold = now.getTime() - this.lastThreshold >= THRESHOLD_EVERY_MS;
    const recorded = await this.orm.em.fork().transactional(async (em) => {
      const answered = await writeCallMarks(em, marks);
      const r = await recordCallEnds(em, batch, now);
      const touched = [...new Set(r.map((x) => x.campaignId))];
      const check = withThreshold ? [...new Set([...touched, ...this.thresholdDue])] : touched;
      await completeFinishedCampaigns(em, outbox, check, now, withThreshold);
      const inCall = answered.map((x) => ({ ...x, state: 'IN_CALL', attempts: null, lastOutcome: null }));
      const ended = r.map((x) => changeItem({ ...x, state: x.recipientState, lastOutcome: x.outcome }));
      addRecipientChangesByCampaign(outbox, [...inCall, ...ended], DIALER, now);
      return r;
    });
    const touched = recorded.map((x) => x.campaignId);
    if (withThreshold && (touched.length > 0 || this.thresholdDue.size > 0)) {
      this.lastThreshold = now.getTime();
      this.thresholdDue.clear();
    } else if (!withThreshold && touched.length > 0) {
      // Issue 19: an end that reached the threshold must not wait for the campaign's next call end.
      for (const id of touched) this.thresholdDue.add(id);
      this.armThresholdCheck();
    }
    for (const e of outbox.events) void this.bus.publish(e.topic, e.payload);
    for (const r of recorded) {
      this.live.ended(r.tenantId, r.campaignId, r.answered, r.outcome, r.endedAt.getTime());
      const row = { callId: r.callId, recipientId: r.recipientId, number: r.number, at: r.endedAt.toISOString() };
      // The abandon and its reason get a row of their own, just before the hangup's.
      if (r.outcome === 'ABANDONED')
        this.live.callState(r.tenantId, r.campaignId, { ...row, state: 'abandoned', outcome: null, reason: r.abandonReason });
      this.live.callState(r.tenantId, r.campaignId, { ...row, state: 'hangup', outcome: r.outcome });
    }
    if (recorded.length > 0) this.onRecorded();
  }

  private armThresholdCheck(): void {
    if (this.thresholdTimer) return;
    this.thresholdTimer = setTimeout(() => {
      this.thresholdTimer = null;
      void this.checkThresholds();
    }, THRESHOLD_EVERY_MS);
    this.thresholdTimer.unref();
  }

  /** The completion threshold of campaigns whose ends skipped it (at most one check per THRESHOLD_EVERY_MS). */
  private async checkThresholds(): Promise<void> {
    const due = [...this.thresholdDue];
    if (due.length === 0) return;
    const now = this.clock.now();
    const outbox = new Outbox();
    try {
      await this.orm.em.fork().transactional((em) => completeFinishedCampaigns(em, outbox, due, now, true));
      for (const id of due) this.thresholdDue.delete(id);
      this.lastThreshold = now.getTime();
      for (const e of outbox.events) void this.bus.publish(e.topic, e.payload);
    } catch (err) {
      this.logger?.warn({ err, campaigns: due.length }, 'dialer: completion threshold check failed; the next call end retries');
    }
  }
}
