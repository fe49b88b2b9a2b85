import type { EntityManager } from '@mikro-orm/postgresql';
import type { CallStateItem, DialerStatusPayload, WallboardPayload } from '../events/live-topics';
import { logger } from '../logger';
import { sqlArray } from '../db/sql-array';
import type { ProfileWindows } from './agents/profile-window';
import { loadAgentBoards, type AgentBoard, type BoardCampaign } from './agent-board';
import type { SerialPublisher } from '../events/serial-publisher';
import { rows } from './sql-rows';
import {
  ANSWER_WINDOW_MS,
  RATE_WINDOW_MS,
  answerRate,
  countedField,
  etaSeconds,
  noOutcomes,
  type OutcomeCounts,
} from '../domain/live/wallboard-figures';

/** NOTIFY caps a payload at 8000 bytes; a call state item is ~200 (more with an agent's name). */
const ITEMS_PER_MESSAGE = 25;
const BYTES_PER_MESSAGE = 6000;
const REMAINING_EVERY_MS = 5_000;

interface CampaignStats {
  tenantId: string;
  ends: number[];
  answered: number[];
  /** End times of the attempts whose outcome a board counts (abandonedCalls, confirmedCalls). */
  counted: Record<keyof OutcomeCounts, number[]>;
}

/**
 * Live events for the console, published through the bus (so every process's subscribers
 * get them) and never awaited by the dialer: call states are buffered and sent a few times a
 * second per campaign; the wallboard goes out once a second. A slow or failing bus loses live
 * events, never calls.
 */
export class LiveFeed {
  private readonly pending = new Map<string, { tenantId: string; items: CallStateItem[] }>();
  private readonly stats = new Map<string, CampaignStats>();
  private readonly remaining = new Map<string, { n: number; at: number }>();
  private publishing = false;

  constructor(
    private readonly bus: SerialPublisher,
    private readonly windows?: ProfileWindows,
  ) {}

  callState(tenantId: string, campaignId: string, item: CallStateItem): void {
    const p = this.pending.get(campaignId) ?? { tenantId, items: [] };
    p.items.push(item);
    this.pending.set(campaignId, p);
  }

  /** A call ended: counts for calls per minute, answer rate and the counted outcomes. */
  ended(tenantId: string, campaignId: string, answered: boolean, outcome: string, atMs: number): void {
    const s = this.stats.get(campaignId) ?? { tenantId, ends: [], answered: [], counted: { abandonedCalls: [], confirmedCalls: [] } };
    s.ends.push(atMs);
    if (answered) s.answered.push(atMs);
    const field = countedField(outcome);
    if (field) s.counted[field].push(atMs);
    this.stats.set(campaignId, s);
  }

  /** Sends the buffered call states (called a few times a second). */
  flushCallStates(): void {
    if (this.pending.size === 0) return;
    const batches = [...this.pending.entries()];
    this.pending.clear();
    for (const [campaignId, { tenantId, items }] of batches) {
      for (const events of chunks(items)) void this.bus.publish('CALL_STATE', { tenantId, campaignId, events });
    }
  }

  /**
   * One wallboard per running campaign and one per tenant. Skips a beat if the last is still
   * going. Agent figures are read fresh every beat, so an agent's state change shows within a second.
   */
  async wallboard(em: EntityManager, running: readonly BoardCampaign[], active: ReadonlyMap<string, number>, nowMs: number): Promise<void> {
    if (this.publishing) return;
    this.publishing = true;
    try {
      await this.refreshRemaining(
        em,
        running.map((c) => c.id),
        nowMs,
      );
      const agentBoards = await loadAgentBoards(em, running, nowMs, this.windows);
      const perTenant = new Map<string, WallboardPayload>();
      const at = new Date(nowMs).toISOString();
      for (const c of running) {
        const s = this.trim(c.id, nowMs);
        const board: WallboardPayload = {
          tenantId: c.tenantId,
          campaignId: c.id,
          activeCalls: active.get(c.id) ?? 0,
          callsPerMinute: s ? s.ends.filter((t) => t > nowMs - RATE_WINDOW_MS).length : 0,
          answerRate: s ? answerRate(s.answered.length, s.ends.length) : null,
          ...(s ? countsOf(s) : noOutcomes()),
          recipientsRemaining: this.remaining.get(c.id)?.n ?? 0,
          etaSeconds: null,
          ...agentFields(agentBoards.campaigns.get(c.id)),
          at,
        };
        board.etaSeconds = eta(board);
        void this.bus.publish('WALLBOARD', board);
        const g = perTenant.get(c.tenantId) ?? {
          ...board,
          campaignId: null,
          activeCalls: 0,
          callsPerMinute: 0,
          answerRate: null,
          recipientsRemaining: 0,
          ...agentFields(agentBoards.tenants.get(c.tenantId)),
        };
        g.activeCalls += board.activeCalls;
        g.callsPerMinute += board.callsPerMinute;
        g.recipientsRemaining += board.recipientsRemaining;
        perTenant.set(c.tenantId, g);
      }
      // Campaigns that stopped running and have no recent calls are forgotten.
      const live = new Set(running.map((c) => c.id));
      for (const [id, st] of this.stats) if (!live.has(id) && st.ends.every((t) => t <= nowMs - ANSWER_WINDOW_MS)) this.stats.delete(id);
      for (const id of this.remaining.keys()) if (!live.has(id)) this.remaining.delete(id);
      for (const g of perTenant.values()) {
        Object.assign(g, this.tenantFigures(g.tenantId, nowMs));
        g.etaSeconds = eta(g);
        void this.bus.publish('WALLBOARD', g);
      }
    } catch (err) {
      logger.warn({ err }, 'wallboard skipped');
    } finally {
      this.publishing = false;
    }
  }

  status(payload: DialerStatusPayload): Promise<void> {
    return this.bus.publish('DIALER_STATUS', payload);
  }

  private trim(campaignId: string, nowMs: number): CampaignStats | undefined {
    const s = this.stats.get(campaignId);
    if (!s) return undefined;
    const from = nowMs - ANSWER_WINDOW_MS;
    s.ends = s.ends.filter((t) => t > from);
    s.answered = s.answered.filter((t) => t > from);
    s.counted.abandonedCalls = s.counted.abandonedCalls.filter((t) => t > from);
    s.counted.confirmedCalls = s.counted.confirmedCalls.filter((t) => t > from);
    return s;
  }

  /** The tenant's window figures over all its campaigns with recent calls (stopped ones too). */
  private tenantFigures(tenantId: string, nowMs: number): Pick<WallboardPayload, 'answerRate' | keyof OutcomeCounts> {
    let ends = 0;
    let answered = 0;
    const counts = noOutcomes();
    for (const [id, st] of this.stats) {
      if (st.tenantId !== tenantId) continue;
      const s = this.trim(id, nowMs) ?? st;
      ends += s.ends.length;
      answered += s.answered.length;
      counts.abandonedCalls += s.counted.abandonedCalls.length;
      counts.confirmedCalls += s.counted.confirmedCalls.length;
    }
    return { answerRate: answerRate(answered, ends), ...counts };
  }

  /** Open recipients per campaign; a count over the state index, so only every few seconds. */
  private async refreshRemaining(em: EntityManager, ids: string[], nowMs: number): Promise<void> {
    const stale = ids.filter((id) => (this.remaining.get(id)?.at ?? 0) < nowMs - REMAINING_EVERY_MS);
    if (stale.length === 0) return;
    const counts = await rows<{ campaign_id: string; n: number }>(
      em,
      `
      select campaign_id, count(*)::int as n from campaign_recipient
      where campaign_id = any(?::uuid[]) and state in ('READY', 'DIALING', 'IN_CALL', 'RETRY_WAIT', 'WAITING_AGENT', 'SCHEDULED')
      group by campaign_id`,
      [sqlArray(stale)],
    );
    for (const id of stale) this.remaining.set(id, { n: 0, at: nowMs });
    for (const c of counts) this.remaining.set(c.campaign_id, { n: c.n, at: nowMs });
  }
}

/** Items in messages of at most ITEMS_PER_MESSAGE and about BYTES_PER_MESSAGE. */
function chunks(items: readonly CallStateItem[]): CallStateItem[][] {
  const out: CallStateItem[][] = [];
  let cur: CallStateItem[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (cur.length > 0 && (cur.length >= ITEMS_PER_MESSAGE || bytes + size > BYTES_PER_MESSAGE)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(item);
    bytes += size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** A board's agent figures; all null for a VOICE campaign or a tenant without agent campaigns. */
type AgentFields = 'agents' | 'occupancy' | 'abandonRate' | 'abandonRateTarget' | 'profileAbandonRate' | 'profileWindowHours';
function agentFields(b: AgentBoard | undefined): Pick<WallboardPayload, AgentFields> {
  return (
    b ?? { agents: null, occupancy: null, abandonRate: null, abandonRateTarget: null, profileAbandonRate: null, profileWindowHours: null }
  );
}

function countsOf(s: CampaignStats): OutcomeCounts {
  return { abandonedCalls: s.counted.abandonedCalls.length, confirmedCalls: s.counted.confirmedCalls.length };
}

function eta(b: WallboardPayload): number | null {
  return etaSeconds(b.recipientsRemaining, b.callsPerMinute);
}
