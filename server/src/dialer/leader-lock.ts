import { Client } from 'pg';

/** One installation-wide key: "pacer-dialer". Advisory locks are per database. */
const LOCK_KEY = 0x7061636572;

/**
 * Leadership as a PostgreSQL session advisory lock on a dedicated connection: if the process
 * dies, its connection closes and the lock frees at once, so a follower takes over on its
 * next try. Losing the connection means losing leadership (`onLost`).
 */
export class LeaderLock {
  private client: Client | null = null;
  private held = false;
  private confirmedAt = 0;
  private checking: Promise<boolean> | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly onLost: () => void,
  ) {}

  get isHeld(): boolean {
    return this.held;
  }

  /** When the database last confirmed the lock (acquired or checked), ms since the epoch. */
  get lastConfirmedAt(): number {
    return this.held ? this.confirmedAt : 0;
  }

  /** One attempt; true when this process now leads. */
  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    if (!this.client) {
      const client = new Client({
        connectionString: this.databaseUrl,
        application_name: 'pacer-dialer-leader',
        query_timeout: 1500,
        keepAlive: true,
      });
      client.on('error', () => this.lost());
      client.on('end', () => this.lost());
      try {
        await client.connect();
      } catch {
        await client.end().catch(() => undefined);
        return false;
      }
      this.client = client;
    }
    try {
      const r = await this.client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [LOCK_KEY]);
      this.held = r.rows[0]?.ok === true;
      if (this.held) this.confirmedAt = Date.now();
    } catch {
      this.lost();
    }
    return this.held;
  }

  /** True when the database confirmed the lock within the last `ms`. */
  isFresh(ms: number, now = Date.now()): boolean {
    return this.held && now - this.confirmedAt <= ms;
  }

  /**
   * Checks the connection is alive (a silent network drop would otherwise go unnoticed).
   * Concurrent callers (the loop, a burst of originates) share one query.
   */
  check(): Promise<boolean> {
    this.checking ??= this.query().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async query(): Promise<boolean> {
    const client = this.client;
    if (!client || !this.held) return false;
    try {
      await client.query('select 1');
      if (this.client !== client || !this.held) return false;
      this.confirmedAt = Date.now();
      return true;
    } catch {
      this.lost();
      return false;
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.held = false;
    if (client) await client.end().catch(() => undefined);
  }

  private lost(): void {
    const was = this.held;
    this.held = false;
    const client = this.client;
    this.client = null;
    if (client) client.end().catch(() => undefined);
    if (was) this.onLost();
  }
}
