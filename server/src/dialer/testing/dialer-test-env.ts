import type { EntityManager } from '@mikro-orm/postgresql';
import { EventBus } from '../../events/event-bus';
import { createTestDb, type TestDb } from '../../test/test-db';
import { SwitchHarness } from '../../switch/testing/harness';
import { Dialer, type DialerOptions } from '../dialer';
import { rows } from '../sql-rows';

/** A private database, the bus, the simulator over TCP with the real adapter, and dialers. */
export interface DialerTestEnv {
  db: TestDb;
  bus: EventBus;
  h: SwitchHarness;
  em(): EntityManager;
  startDialer(opts?: DialerOptions): Promise<Dialer>;
  /** Polls `sql` (first column of first row) until `pred` holds. */
  waitFor<T>(sql: string, params: unknown[], pred: (v: T) => boolean, what: string, ms?: number): Promise<T>;
  stop(): Promise<void>;
}

export async function dialerTestEnv(sim: { timeScale?: number; sessionsPerSecond?: number; maxSessions?: number } = {}): Promise<DialerTestEnv> {
  const db = await createTestDb();
  const bus = new EventBus(db.url);
  await bus.start();
  const h = await SwitchHarness.start({ timeScale: 20, sessionsPerSecond: 2000, maxSessions: 5000, ...sim });
  const dialers: Dialer[] = [];
  const env: DialerTestEnv = {
    db, bus, h,
    em: () => db.orm.em.fork(),
    async startDialer(opts = {}) {
      const d = new Dialer(db.orm, bus, h.adapter, { tickMs: 100, leaderRetryMs: 200, confirmWaitMs: 1000, databaseUrl: db.url, ...opts });
      dialers.push(d);
      await d.start();
      return d;
    },
    async waitFor<T>(sql: string, params: unknown[], pred: (v: T) => boolean, what: string, ms = 30_000): Promise<T> {
      const deadline = Date.now() + ms;
      for (;;) {
        const [row] = await rows<Record<string, T>>(db.orm.em.fork(), sql, params);
        const v = (row ? Object.values(row)[0] : undefined) as T;
        if (pred(v)) return v;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(v)})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      for (const d of dialers) await d.stop();
      await h.close();
      await bus.close();
      await db.drop();
    },
  };
  return env;
}
