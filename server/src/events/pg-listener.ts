import { backOff } from 'exponential-backoff';
import { Client } from 'pg';
import { logger } from '../logger';

/**
 * One dedicated LISTEN connection that survives database outages: on loss it reconnects
 * with capped exponential backoff and re-LISTENs; close() also stops a retry in progress
 * (the reason this is not pg-listen, whose retry loop outlives close()).
 */
export class PgListener {
  private client: Client | null = null;
  private closing = false;
  private reconnecting: Promise<void> | null = null;
  /** NOTIFYs go one at a time: a pg client runs one query at a time. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onMessage: (payload: string) => void,
    private readonly onState: (up: boolean) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async close(): Promise<void> {
    this.closing = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.reconnecting?.catch(() => undefined);
  }

  /** NOTIFY on this connection; fails while reconnecting (the caller decides what that means). */
  notify(payload: string): Promise<void> {
    const send = async () => {
      if (!this.client) throw new Error('event bus is reconnecting to the database');
      await this.client.query('select pg_notify($1, $2)', [this.channel, payload]);
    };
    const next = this.queue.then(send, send);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    client.on('error', (err) => logger.warn({ err: err.message }, 'event bus connection error'));
    client.on('end', () => this.lost(client));
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload !== undefined) this.onMessage(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closing) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.onState(true);
  }

  private lost(client: Client): void {
    if (this.closing || this.client !== client) return;
    this.client = null;
    this.onState(false);
    logger.warn('event bus lost its database connection; reconnecting');
    this.reconnecting = backOff(() => (this.closing ? Promise.resolve() : this.connect()), {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 250,
      maxDelay: 5000,
      jitter: 'full',
      retry: () => !this.closing,
    }).then(
      () => {
        this.reconnecting = null;
      },
      () => {
        this.reconnecting = null;
      },
    );
  }
}
