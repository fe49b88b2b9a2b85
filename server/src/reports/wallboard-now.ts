import type { EntityManager } from '@mikro-orm/postgresql';
import { ANSWER_WINDOW_MS, COUNTED_OUTCOMES, RATE_WINDOW_MS, answerRate, etaSeconds } from '../domain/live/wallboard-figures';
import type { WallboardPayload } from '../events/live-topics';

interface Row {
  active: string;
  ended_minute: string;
  ended: string;
  answered: string;
  abandoned: string;
  confirmed: string;
  remaining: string;
}

/** Calls older than this are not looked at for the windows (no call rings and talks this long). */
const LONGEST_CALL = '6 hours';

/**
 * A wallboard read from the database: one campaign (`campaignId`) or the whole tenant (null),
 * with the dialer's definitions (domain/live/wallboard-figures.ts). The API sends it as the
 * heartbeat of a board the dialer does not publish (a CREATED or PAUSED campaign, an idle
 * tenant), so every subscriber hears once a second whatever the status. Agent figures are the
 * dialer's alone: null here.
 */
export async function loadWallboardNow(
  em: EntityManager,
  tenantId: string,
  campaignId: string | null,
  now: Date,
): Promise<WallboardPayload> {
  const [row] = await em.getConnection().execute<Row[]>(
    `
    with camps as (select id from campaign where tenant_id = ? and (?::uuid is null or id = ?::uuid)),
    recent as (
      select a.ended_at, a.answered_at, a.outcome from call_attempt a
      where a.campaign_id in (select id from camps) and a.created_at > ?::timestamptz - interval '${LONGEST_CALL}'
        and a.ended_at > ?::timestamptz - make_interval(secs => ?))
    select
      (select count(*) from call_attempt a where a.campaign_id in (select id from camps) and a.ended_at is null) as active,
      (select count(*) from recent where ended_at > ?::timestamptz - make_interval(secs => ?)) as ended_minute,
      (select count(*) from recent) as ended,
      (select count(*) from recent where answered_at is not null) as answered,
      (select count(*) from recent where outcome = ?::call_outcome) as abandoned,
      (select count(*) from recent where outcome = ?::call_outcome) as confirmed,
      (select count(*) from campaign_recipient r where r.campaign_id in (select id from camps)
        and r.state in ('READY', 'DIALING', 'IN_CALL', 'RETRY_WAIT', 'WAITING_AGENT', 'SCHEDULED')) as remaining`,
    [
      tenantId,
      campaignId,
      campaignId,
      now,
      now,
      ANSWER_WINDOW_MS / 1000,
      now,
      RATE_WINDOW_MS / 1000,
      COUNTED_OUTCOMES.abandonedCalls,
      COUNTED_OUTCOMES.confirmedCalls,
    ],
  );
  const callsPerMinute = Number(row?.ended_minute ?? 0);
  const remaining = Number(row?.remaining ?? 0);
  return {
    tenantId,
    campaignId,
    activeCalls: Number(row?.active ?? 0),
    callsPerMinute,
    answerRate: answerRate(Number(row?.answered ?? 0), Number(row?.ended ?? 0)),
    abandonedCalls: Number(row?.abandoned ?? 0),
    confirmedCalls: Number(row?.confirmed ?? 0),
    recipientsRemaining: remaining,
    etaSeconds: etaSeconds(remaining, callsPerMinute),
    agents: null,
    occupancy: null,
    abandonRate: null,
    abandonRateTarget: null,
    profileAbandonRate: null,
    profileWindowHours: null,
    at: now.toISOString(),
  };
}
