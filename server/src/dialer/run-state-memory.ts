import type { PendingRunState } from '../domain/dialer/run-state-debounce';

/**
 * The run states each campaign's planner has seen but not yet published (run-state-debounce.ts),
 * kept by the leading dialer between ticks. In memory: a new leader starts the hold afresh,
 * which only delays a change by at most a second.
 */
export class RunStateMemory {
  private readonly pending = new Map<string, PendingRunState>();

  get(campaignId: string): PendingRunState | null {
    return this.pending.get(campaignId) ?? null;
  }

  set(campaignId: string, p: PendingRunState | null): void {
    if (p) this.pending.set(campaignId, p);
    else this.pending.delete(campaignId);
  }

  /** Forgets campaigns that are no longer running. */
  keepOnly(running: ReadonlySet<string>): void {
    for (const id of this.pending.keys()) if (!running.has(id)) this.pending.delete(id);
  }
}
