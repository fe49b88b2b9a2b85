import { isTerminal, type CallEvent } from '../../switch/call-event';
import { EventBus } from '../../events/event-bus';
import { CONTRACT_DIAL_STRING, type ContractTarget } from '../../switch/contract/contract-target';
import { createTestDb, type TestDb } from '../../test/test-db';
import { DEFAULT_WAIT_MS, waitFor } from '../../test/wait-for';
import { Dialer } from '../dialer';
import { rows } from '../sql-rows';

/** One call as the switch reported it to Pacer: when it was placed and how it ended (local clock, for overlaps only). */
export interface CallSpan {
  callId: string;
  startMs: number;
  endMs?: number;
  end?: CallEvent;
  answered: boolean;
}

/** What a dialer contract scenario runs on: a database, the bus, a switch, and the spans of its calls. */
export interface DialerContractEnv {
  db: TestDb;
  t: ContractTarget;
  spans: Map<string, CallSpan>;
  startDialer(): Promise<Dialer>;
  /** Waits for the campaign to end (COMPLETED / INCOMPLETE). */
  finished(campaignId: string, timeoutMs: number): Promise<void>;
  /** Rows grouped as `key -> count`. */
  tally(sql: string, params: unknown[]): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export async function openDialerContractEnv(makeTarget: () => Promise<ContractTarget>): Promise<DialerContractEnv> {
  const db = await createTestDb();
  const bus = new EventBus(db.url);
  await bus.start();
  const t = await makeTarget();
  const spans = new Map<string, CallSpan>();
  t.rec.adapter.onEvent((e) => {
    if (e.type === 'originated' && !spans.has(e.callId)) spans.set(e.callId, { callId: e.callId, startMs: Date.now(), answered: false });
    const s = spans.get(e.callId);
    if (!s) return;
    if (e.type === 'answered') s.answered = true;
    if (isTerminal(e)) Object.assign(s, { endMs: Date.now(), end: e });
  });
  let dialer: Dialer | undefined;
  return {
    db,
    t,
    spans,
    async startDialer() {
      dialer = new Dialer(db.orm, bus, t.rec.adapter, {
        tickMs: 100,
        leaderRetryMs: 200,
        databaseUrl: db.url,
        defaultDialString: CONTRACT_DIAL_STRING,
      });
      await dialer.start();
      return dialer;
    },
    async finished(campaignId, timeoutMs) {
      const probe = async () =>
        (await rows<{ status: string }>(db.orm.em.fork(), `select status from campaign where id = ?`, [campaignId]))[0]?.status;
      await waitFor(probe, {
        what: 'the campaign to finish',
        until: (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
        timeoutMs: Math.max(DEFAULT_WAIT_MS, timeoutMs),
        intervalMs: 50,
      });
    },
    async tally(sql, params) {
      const r = await rows<{ k: string; n: number }>(db.orm.em.fork(), sql, params);
      return Object.fromEntries(r.map((x) => [x.k, x.n]));
    },
    async close() {
      await dialer?.stop();
      await t.close();
      await bus.close();
      await db.drop();
    },
  };
}

/** The most calls up at once among `spans` within [fromMs, …), from their start and end. */
export function peakOverlap(spans: CallSpan[], fromMs = 0): number {
  const edges: Array<[number, number]> = [];
  for (const s of spans) {
    const end = s.endMs ?? Infinity;
    if (end <= fromMs) continue;
    edges.push([Math.max(s.startMs, fromMs), 1], [end, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, d] of edges) peak = Math.max(peak, (open += d));
  return peak;
}
