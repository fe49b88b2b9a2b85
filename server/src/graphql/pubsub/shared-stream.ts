import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { logger } from '../../logger';
import type { Outlet } from './outlet';

/**
 * One subscription stream shared by every subscriber with the same sharing key (share-key.ts):
 * one bus listener, one GraphQL execution and one JSON serialisation per event, whatever the
 * number of subscribers; each gets the same bytes. It runs with the context of the subscriber
 * that opened it (same tenant and permissions as every other sharer, by the key) and stops
 * when its last subscriber leaves.
 */
export class SharedStream {
  private readonly outlets = new Set<Outlet>();
  private readonly iterator: AsyncIterator<ExecutionResult>;
  private stopped = false;

  constructor(
    /** The opening subscriber's arguments: the document and context every event runs with. */
    readonly args: ExecutionArgs,
    source: AsyncIterable<ExecutionResult>,
    private readonly onStopped: (s: SharedStream) => void,
    /** Called per event executed and serialised (once, for all subscribers). */
    private readonly onExecuted: () => void = () => undefined,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
    void this.pump();
  }

  get open(): boolean {
    return !this.stopped;
  }

  get size(): number {
    return this.outlets.size;
  }

  add(o: Outlet): void {
    this.outlets.add(o);
  }

  remove(o: Outlet): void {
    if (this.outlets.delete(o) && this.outlets.size === 0) this.stop();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.onStopped(this);
    void this.iterator.return?.()?.catch((err: unknown) => logger.warn({ err }, 'a shared subscription stream failed to stop'));
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const r = await this.iterator.next();
        if (r.done || this.stopped) break;
        this.onExecuted();
        // graphql-ws's own next payload: the result with its errors as JSON (GraphQLError.toJSON).
        const payload = Buffer.from(JSON.stringify(r.value));
        for (const o of this.outlets) o.deliver(payload);
      }
      this.finish((o) => o.end());
    } catch (err) {
      this.finish((o) => o.fail(err instanceof Error ? err : new Error(String(err))));
    }
  }

  private finish(each: (o: Outlet) => void): void {
    this.stopped = true;
    this.onStopped(this);
    for (const o of [...this.outlets]) each(o);
    this.outlets.clear();
  }
}
