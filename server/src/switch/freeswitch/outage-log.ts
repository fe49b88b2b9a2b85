import type { Logger } from 'pino';

/**
 * Logs a switch outage once, then a summary a minute, then its end: while the switch is down the
 * link retries every few seconds, and one warning per try buried the log (342 in 13.5 minutes).
 */
export class OutageLog {
  private since: number | null = null;
  private tries = 0;
  private triesSinceSummary = 0;
  private lastSummary = 0;
  private lastError = '';

  constructor(
    private readonly logger: Pick<Logger, 'warn' | 'info'> | undefined,
    private readonly summaryEveryMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A connect try or the link failed. */
  failed(err: Error): void {
    const now = this.now();
    this.tries++;
    this.triesSinceSummary++;
    this.lastError = err.message;
    if (this.since === null) {
      this.since = now;
      this.lastSummary = now;
      this.triesSinceSummary = 0;
      this.logger?.warn({ err: err.message }, 'switch unreachable; retrying in the background');
      return;
    }
    if (now - this.lastSummary >= this.summaryEveryMs) {
      this.logger?.warn(
        { tries: this.triesSinceSummary, downSeconds: Math.round((now - this.since) / 1000), lastError: this.lastError },
        'switch still unreachable',
      );
      this.lastSummary = now;
      this.triesSinceSummary = 0;
    }
  }

  /** The link is up: the outage (if any) ends. */
  up(): void {
    if (this.since === null) return;
    this.logger?.info({ tries: this.tries, downSeconds: Math.round((this.now() - this.since) / 1000) }, 'switch reachable again');
    this.since = null;
    this.tries = 0;
    this.triesSinceSummary = 0;
  }
}
