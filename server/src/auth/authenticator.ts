import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate, tokenOf } from './authenticate';
import type { Principal } from './principal';

/**
 * Credential lookups (authenticate.ts) at most this many at a time: the ORM pool has 10
 * connections, and a storm of lookups (thousands of consoles reconnecting after a restart)
 * must queue here, in memory and without a deadline, rather than in the pool, whose waiters
 * fail with "Timeout acquiring a connection" and starve every other request.
 */
export const LOOKUPS_AT_ONCE = 4;

interface Lookup {
  token: string;
  promise: Promise<Principal | null>;
  resolve(p: Principal | null): void;
  reject(e: unknown): void;
}

/**
 * The API process's credential lookups: bounded concurrency, and identical lookups that are
 * still waiting for their turn share one query. A lookup that has already gone to the database
 * is never joined, so each caller's answer reflects the database as it was after the caller
 * asked: a revoked key or an ended session is refused from the next request on.
 */
export class Authenticator {
  private running = 0;
  private readonly queue: Lookup[] = [];
  /** Queued (not yet started) lookups by token: a newcomer with the same token joins them. */
  private readonly waiting = new Map<string, Lookup>();
  private readonly counts = { lookups: 0, shared: 0, peak: 0 };

  constructor(
    private readonly orm: MikroORM,
    private readonly atOnce = LOOKUPS_AT_ONCE,
  ) {}

  /** The principal of an `Authorization` value (header or connectionParams), or null. */
  authenticate(authorization: unknown): Promise<Principal | null> {
    const token = tokenOf(authorization);
    if (!token) return Promise.resolve(null);
    const queued = this.waiting.get(token);
    if (queued) {
      this.counts.shared += 1;
      return queued.promise;
    }
    let resolve!: (p: Principal | null) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<Principal | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const lookup: Lookup = { token, promise, resolve, reject };
    this.queue.push(lookup);
    this.waiting.set(token, lookup);
    this.pump();
    return promise;
  }

  /** Lookups run, callers answered by another's lookup, most lookups at once, waiting now (tests, benchmark). */
  stats(): { lookups: number; shared: number; peak: number; queued: number } {
    return { ...this.counts, queued: this.queue.length };
  }

  private pump(): void {
    while (this.running < this.atOnce) {
      const next = this.queue.shift();
      if (!next) return;
      // From here on a newcomer with this token starts a lookup of its own.
      if (this.waiting.get(next.token) === next) this.waiting.delete(next.token);
      this.running += 1;
      this.counts.lookups += 1;
      this.counts.peak = Math.max(this.counts.peak, this.running);
      authenticate(this.orm.em.fork(), next.token)
        .then(next.resolve, next.reject)
        .finally(() => {
          this.running -= 1;
          this.pump();
        });
    }
  }
}
