import type { EntityManager } from '@mikro-orm/postgresql';

/** One tenant's share of the dialer, for dialerStatus (never another tenant's calls). */
export interface TenantDialerFigures {
  /** Calls the switch has accepted and that have not ended. */
  activeCalls: number;
  /** Calls claimed by the dialer that the switch has not accepted yet (Pacer's own queue). */
  queuedCalls: number;
  /** Seconds the oldest of those has waited; 0 when none waits. */
  oldestQueuedSeconds: number;
  runningCampaigns: number;
  /** Originates the switch accepted per second over the last ten seconds. */
  callsPerSecond: number;
}

const WINDOW_MS = 10_000;
/** Attempts created this long before the window may still have been originated inside it. */
const QUEUE_SLACK_MS = 60_000;

interface Row {
  running: string;
  live: string;
  queued: string;
  oldest_queued: Date | null;
  recent: string;
}

/**
 * Read from the attempts themselves (open ones by the live index, recent ones by campaign and
 * creation time), so the figures are the same whichever process asks and wherever the dialer runs.
 */
export async function tenantDialerFigures(em: EntityManager, tenantId: string, now = new Date()): Promise<TenantDialerFigures> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const [row] = await em.getConnection().execute<Row[]>(
    `with c as (select id, status from campaign where tenant_id = ?)
     select (select count(*) from c where status = 'RUNNING') as running,
            count(*) filter (where a.ended_at is null and a.originated_at is not null) as live,
            count(*) filter (where a.ended_at is null and a.originated_at is null) as queued,
            min(a.created_at) filter (where a.ended_at is null and a.originated_at is null) as oldest_queued,
            count(*) filter (where a.originated_at > ?) as recent
       from call_attempt a
      where a.campaign_id in (select id from c) and (a.ended_at is null or a.created_at > ?)`,
    [tenantId, since, new Date(since.getTime() - QUEUE_SLACK_MS)],
  );
  const oldest = row?.oldest_queued ? new Date(row.oldest_queued).getTime() : null;
  return {
    activeCalls: Number(row?.live ?? 0),
    queuedCalls: Number(row?.queued ?? 0),
    oldestQueuedSeconds: oldest === null ? 0 : Math.max(0, Math.round((now.getTime() - oldest) / 100) / 10),
    runningCampaigns: Number(row?.running ?? 0),
    callsPerSecond: Math.round((Number(row?.recent ?? 0) / (WINDOW_MS / 1000)) * 10) / 10,
  };
}

const cache = new Map<string, { at: number; figures: Promise<TenantDialerFigures> }>();

/**
 * The same figures, shared by every dialerStatus subscriber of a tenant for `maxAgeMs` (one
 * query per tenant per heartbeat, not one per screen).
 */
export function sharedTenantDialerFigures(em: EntityManager, tenantId: string, maxAgeMs = 500): Promise<TenantDialerFigures> {
  const hit = cache.get(tenantId);
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.figures;
  const figures = tenantDialerFigures(em, tenantId);
  cache.set(tenantId, { at: Date.now(), figures });
  figures.catch(() => cache.delete(tenantId));
  if (cache.size > 10_000) cache.delete(cache.keys().next().value as string);
  return figures;
}
