import type { EntityManager } from '@mikro-orm/postgresql';
import { EventBus } from '../../events/event-bus';
import { createTestDb, type TestDb } from '../../test/test-db';
import { SwitchHarness } from '../../switch/testing/harness';
import type { SteppedTime } from '../../switch/simulator/stepped-time';
import { Dialer, type DialerOptions } from '../dialer';
import { rows } from '../sql-rows';
import { DEFAULT_WAIT_MS, waitFor } from '../../test/wait-for';

/** A private database, the bus, the simulator over TCP with the real adapter, and dialers. */
export interface DialerTestEnv {
  db: TestDb;
  bus: EventBus;
  h: SwitchHarness;
  em(): EntityManager;
  startDialer(opts?: DialerOptions): Promise<Dialer>;
  /** Polls `sql` (first column of first row) until `pred` holds; `ms` (at least 30 s) only bounds a failure. */
  waitFor<T>(sql: string, params: unknown[], pred: (v: T) => boolean, what: string, ms?: number): Promise<T>;
  /**
   * Resolves once `dialer` has finished `n` more planning passes: the way to check that
   * something did NOT happen (nothing dialed) without sleeping. Two passes means one began
   * after the call, so it saw every change made before it.
   */
  afterTicks(dialer: Dialer, n?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function dialerTestEnv(
  sim: { timeScale?: number; sessionsPerSecond?: number; maxSessions?: number; steppedTime?: SteppedTime } = {},
): Promise<DialerTestEnv> {
  const db = await createTestDb();
  const bus = new EventBus(db.url);
  await bus.start();
  const h = await SwitchHarness.start({ timeScale: 20, sessionsPerSecond: 2000, maxSessions: 5000, ...sim });
  const dialers: Dialer[] = [];
  const env: DialerTestEnv = {
    db,
    bus,
    h,
    em: () => db.orm.em.fork(),
    async startDialer(opts = {}) {
      const d = new Dialer(db.orm, bus, h.adapter, { tickMs: 100, leaderRetryMs: 200, confirmWaitMs: 1000, databaseUrl: db.url, ...opts });
      dialers.push(d);
      await d.start();
      return d;
    },
    async waitFor<T>(sql: string, params: unknown[], pred: (v: T) => boolean, what: string, ms = DEFAULT_WAIT_MS): Promise<T> {
      const probe = async () => {
        const [row] = await rows<Record<string, T>>(db.orm.em.fork(), sql, params);
        return (row ? Object.values(row)[0] : undefined) as T;
      };
      return waitFor(probe, { what, timeoutMs: Math.max(ms, DEFAULT_WAIT_MS), until: pred, intervalMs: 50 });
    },
    async afterTicks(dialer: Dialer, n = 2) {
      const target = dialer.ticks + n;
      await waitFor(() => dialer.ticks, { what: `${n} dialer ticks (leader: ${dialer.isLeader})`, until: (t) => t >= target });
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
