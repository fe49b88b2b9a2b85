import { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

/**
 * rate-limiter-flexible counters in PostgreSQL, so a limit or a lockout holds across every
 * server process and across restarts. Its own small pool: a burst of refused guesses must
 * not queue behind (or starve) the ORM's connections. The `rate_limit` table comes from a
 * migration (entities/rate-limit-entry.entity.ts), hence `tableCreated`: no process races to
 * create it at start.
 */
export class RateLimitStore {
  private readonly pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 3, idleTimeoutMillis: 10_000 });
    // An idle client's broken connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  /** A limiter of `points` per `durationSeconds` under its own key prefix (one shared table). */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
      // Expired rows are swept by the library hourly; the timer is unref'd.
      clearExpiredByTimeout: true,
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
