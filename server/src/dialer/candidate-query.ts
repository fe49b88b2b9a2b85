import type { EntityManager } from '@mikro-orm/postgresql';
import { compareCandidates, type OrderableCandidate } from '../domain/dialer/candidate-order';
import type { PlannerCandidate } from '../domain/dialer/planner-types';
import type { RecipientState } from '../domain/recipient/recipient-state';
import { sqlArray } from '../db/sql-array';
import { dncBlocks } from '../db/dnc-match';
import { allNumbersDnc } from '../domain/numbers/number-rotation';
import { CallOutcome } from '../domain/call/call-outcome';
import { zonesOfNumbers } from '../numbers/number-zones';
import { rows, toDate } from './sql-rows';
import { personalCallbackDueSql } from './agents/personal-callback';

interface CandidateSql {
  id: string;
  state: RecipientState;
  attempts: number;
  priority: number;
  time_zone: string | null;
  not_before: Date | string | null;
  not_after: Date | string | null;
  expire_at: Date | string | null;
  next_attempt_at: Date | string | null;
  callback_at: Date | string | null;
  next_number_index: number;
  number_zones: string[] | null;
  last_outcome: string | null;
  /** When its last call (ABANDONED) ended: the UK_OFCOM 72 h rest counts from here. */
  abandoned_at: Date | string | null;
}

interface PhoneSql {
  recipient_id: string;
  number: string;
  priority: number;
  stopped: boolean;
  dnc: boolean;
}

/** When recipient `r`'s last call (ABANDONED) ended; null when its last outcome is another. */
export const ABANDONED_AT_SQL = `case when r.last_outcome = 'ABANDONED' then coalesce(
    (select max(a.ended_at) from call_attempt a where a.recipient_id = r.id and a.outcome = 'ABANDONED'), r.last_attempt_at) end`;

const COLUMNS = `r.id, r.state, r.attempts, r.priority, r.time_zone, r.not_before, r.not_after, r.expire_at,
  r.next_attempt_at, r.callback_at, r.next_number_index, r.number_zones, r.last_outcome,
  ${ABANDONED_AT_SQL} as abandoned_at`;

/**
 * Up to `limit` recipients of one campaign that are due now, in the product's order: due
 * callbacks (one kept for an agent only while that agent is free: agents/personal-callback.ts),
 * never-called by priority and list order, then retries longest-waiting first. Each
 * branch reads one partial index (see CampaignRecipient), so a campaign of a million finished
 * rows costs what its claimable head costs. Numbers come with a dial-time DNC flag (the
 * campaign's lists, db/dnc-match.ts).
 */
export async function loadCandidates(
  em: EntityManager,
  campaignId: string,
  tenantId: string,
  now: Date,
  limit: number,
): Promise<PlannerCandidate[]> {
  const list = await rows<CandidateSql>(
    em,
    `
    (select ${COLUMNS} from campaign_recipient r
      where r.campaign_id = ? and r.state = 'SCHEDULED' and r.callback_at <= ? and ${personalCallbackDueSql('r')}
      order by r.callback_at limit ?)
    union all
    (select ${COLUMNS} from campaign_recipient r
      where r.campaign_id = ? and r.state = 'READY' and r.attempts = 0 and (r.next_attempt_at is null or r.next_attempt_at <= ?)
      order by r.priority desc, r.id limit ?)
    union all
    (select ${COLUMNS} from campaign_recipient r
      where r.campaign_id = ? and r.state in ('READY', 'RETRY_WAIT') and r.attempts > 0 and r.next_attempt_at <= ?
      order by r.next_attempt_at, r.id limit ?)
    union all
    (select ${COLUMNS} from campaign_recipient r
      where r.campaign_id = ? and r.state in ('READY', 'RETRY_WAIT') and r.attempts > 0 and r.next_attempt_at is null
      order by r.id limit ?)`,
    [campaignId, now, limit, campaignId, now, limit, campaignId, now, limit, campaignId, limit],
  );
  const candidates = await withNumbers(em, campaignId, tenantId, list, now);
  return candidates.sort(compareCandidates(now)).slice(0, limit);
}

/**
 * Recipients by id read as the planner reads its candidates (the same columns, numbers and
 * dial-time DNC flag), whatever their state: what "why is this person not called?" judges.
 */
export async function loadCandidatesByIds(
  em: EntityManager,
  campaignId: string,
  tenantId: string,
  ids: readonly string[],
  now: Date,
): Promise<PlannerCandidate[]> {
  if (ids.length === 0) return [];
  const list = await rows<CandidateSql>(
    em,
    `select ${COLUMNS} from campaign_recipient r where r.campaign_id = ? and r.id = any(?::bigint[])`,
    [campaignId, sqlArray([...ids])],
  );
  return withNumbers(em, campaignId, tenantId, list, now);
}

/** Rows -> candidates, with their numbers in dialing order and each one's DNC flag now. */
async function withNumbers(
  em: EntityManager,
  campaignId: string,
  tenantId: string,
  list: CandidateSql[],
  now: Date,
): Promise<Array<PlannerCandidate & OrderableCandidate>> {
  if (list.length === 0) return [];
  const phones = await rows<PhoneSql>(
    em,
    `
    select p.recipient_id, p.number, p.priority, p.stopped,
      ${dncBlocks({ tenant: 'c.tenant_id', number: 'p.number', lists: 'c.dnc_lists', at: '?::timestamptz' })} as dnc
    from recipient_phone p, (select tenant_id, dnc_lists from campaign where id = ? and tenant_id = ?) c
    where p.recipient_id = any(?::bigint[]) order by p.recipient_id, p.priority desc, p.id`,
    [now, campaignId, tenantId, sqlArray(list.map((r) => r.id))],
  );
  const byRecipient = new Map<string, PhoneSql[]>();
  for (const p of phones) {
    const l = byRecipient.get(p.recipient_id) ?? [];
    l.push(p);
    byRecipient.set(p.recipient_id, l);
  }
  return list.map((r): PlannerCandidate & OrderableCandidate => {
    const nums = byRecipient.get(r.id) ?? [];
    const numbers = nums.map((n) => ({ number: n.number, priority: n.priority, stopped: n.stopped, dnc: n.dnc }));
    return {
      recipientId: r.id,
      state: r.state,
      attempts: r.attempts,
      priority: r.priority,
      position: Number(r.id),
      timeZone: r.time_zone,
      notBefore: toDate(r.not_before),
      notAfter: toDate(r.not_after),
      expireAt: toDate(r.expire_at),
      nextAttemptAt: toDate(r.next_attempt_at),
      callbackAt: toDate(r.callback_at),
      // Rows added before zones were stored get theirs here (an in-memory lookup).
      numberZones: r.number_zones ?? zonesOfNumbers(nums.map((n) => n.number)),
      lastAbandonedAt: r.last_outcome === CallOutcome.ABANDONED ? toDate(r.abandoned_at) : null,
      // DNC only when every number is; a DNC number among clean ones is skipped by rotation.
      dnc: allNumbersDnc(numbers),
      numbers,
      numberCursor: r.next_number_index,
    };
  });
}

/** The earliest retry or callback still in the future: when this campaign wakes by itself. */
export async function loadNextDueAt(em: EntityManager, campaignId: string, now: Date): Promise<Date | null> {
  const [row] = await rows<{ at: Date | string | null }>(
    em,
    `
    select least(
      (select min(next_attempt_at) from campaign_recipient where campaign_id = ? and state in ('READY', 'RETRY_WAIT')
         and attempts > 0 and next_attempt_at > ?),
      (select min(callback_at) from campaign_recipient where campaign_id = ? and state = 'SCHEDULED' and callback_at > ?)) as at`,
    [campaignId, now, campaignId, now],
  );
  return toDate(row?.at);
}
