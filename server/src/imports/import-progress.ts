import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../events/event-bus';
import type { ImportProgressPayload } from '../events/topics';
import { ImportStatus } from './import-types';

/** Counters of a running import. */
export interface ImportCounters {
  bytesRead: number;
  rowsRead: number;
  imported: number;
  rejected: number;
  merged: number;
  flaggedDnc: number;
}

/**
 * Writes a running import's counters to its row and tells subscribers, at most once per
 * interval: a 1M-row file must not turn into 1M updates or NOTIFYs.
 */
export class ImportProgress {
  private last = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly job: { id: string; tenantId: string; fileSize: number },
    private readonly intervalMs = 1000,
  ) {}

  /** Reading is 90% of the work; the final move the rest. */
  percent(c: ImportCounters, status: ImportStatus): number {
    if (status === ImportStatus.COMPLETED) return 100;
    return this.job.fileSize === 0 ? 0 : Math.min(90, Math.floor((c.bytesRead / this.job.fileSize) * 90));
  }

  /** Called often; reports only when the interval has passed and the last report is done. */
  tick(c: ImportCounters): void {
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    const snapshot = { ...c };
    this.pending = this.pending.then(() => this.report(snapshot, ImportStatus.RUNNING, null)).catch(() => undefined);
  }

  /** The final word (after commit or rollback); waits for any report still in flight. */
  async finish(c: ImportCounters, status: ImportStatus, error: string | null): Promise<void> {
    await this.pending;
    await this.publish(c, status, error);
  }

  private async report(c: ImportCounters, status: ImportStatus, error: string | null): Promise<void> {
    await this.em
      .getConnection()
      .execute('update import_job set bytes_read = ?, rows_read = ? where id = ? and status = ?', [
        c.bytesRead,
        c.rowsRead,
        this.job.id,
        ImportStatus.RUNNING,
      ]);
    await this.publish(c, status, error);
  }

  private publish(c: ImportCounters, status: ImportStatus, error: string | null): Promise<void> {
    const payload: ImportProgressPayload = {
      tenantId: this.job.tenantId,
      importId: this.job.id,
      status,
      rowsRead: c.rowsRead,
      imported: c.imported,
      rejected: c.rejected,
      merged: c.merged,
      flaggedDnc: c.flaggedDnc,
      percent: this.percent(c, status),
      error,
    };
    return this.bus.publish('IMPORT_PROGRESS', payload);
  }
}
