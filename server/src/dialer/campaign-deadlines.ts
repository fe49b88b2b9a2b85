import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordCampaignEvent } from '../commands/campaign/record-campaign-event';
import { calendarEnded } from '../domain/calendar/calendar-hours';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { CampaignAction, nextCampaignStatus } from '../domain/campaign/campaign-transitions';
import { Campaign } from '../entities/campaign.entity';
import type { Outbox } from '../events/outbox';
import { sqlArray } from '../db/sql-array';
import type { RunningCampaign } from './campaign-rows';
import { rows } from './sql-rows';

/**
 * Recipients waiting to be dialed whose not-after or expire-at has passed become EXPIRED at
 * once (a final state), even those waiting for a retry or callback the planner does not read
 * yet, so a campaign never sits RUNNING on recipients nobody may call. One probe of
 * campaign_recipient_deadline_idx per campaign. Returns the campaigns that changed.
 */
export async function expirePastDeadline(em: EntityManager, campaignIds: readonly string[], now: Date): Promise<string[]> {
  if (campaignIds.length === 0) return [];
  const changed = await rows<{ campaign_id: string }>(
    em,
    `
    update campaign_recipient set state = 'EXPIRED', updated_at = ?
    where campaign_id = any(?::uuid[]) and state in ('READY', 'RETRY_WAIT', 'SCHEDULED')
      and (not_after is not null or expire_at is not null) and least(not_after, expire_at) <= ?
    returning campaign_id`,
    [now, sqlArray([...campaignIds]), now],
  );
  return [...new Set(changed.map((r) => r.campaign_id))];
}

/**
 * RUNNING campaigns whose calendar's validUntil has passed end: COMPLETED when every recipient
 * was reached, else INCOMPLETE, with a SYSTEM event saying why. Calls still in progress finish
 * on their own. Runs in the caller's transaction; events go to `outbox`.
 */
export async function endCampaignsPastCalendar(
  em: EntityManager,
  outbox: Outbox,
  running: readonly RunningCampaign[],
  now: Date,
): Promise<string[]> {
  const ended: string[] = [];
  for (const c of running) {
    if (!c.calendar || !calendarEnded(c.calendar, now)) continue;
    const campaign = await em.findOne(Campaign, { id: c.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!campaign || campaign.status !== CampaignStatus.RUNNING) continue;
    const [counts] = await rows<{ total: number; contacted: number }>(
      em,
      `select count(*)::int as total, (count(*) filter (where state = 'CONTACTED'))::int as contacted
       from campaign_recipient where campaign_id = ?`,
      [c.id],
    );
    const total = counts?.total ?? 0;
    const contacted = counts?.contacted ?? 0;
    const action = total > 0 && contacted === total ? CampaignAction.COMPLETE : CampaignAction.MARK_INCOMPLETE;
    const to = nextCampaignStatus(campaign.status, action);
    if (!to) continue;
    const from = campaign.status;
    campaign.status = to;
    campaign.endedAt = now;
    recordCampaignEvent(em, outbox, campaign, null, {
      action,
      from,
      to,
      details: {
        reason: 'CALENDAR_ENDED',
        message: `its calendar was valid until ${c.calendar.validUntil ?? '?'} (${c.calendar.timeZone}); it can never dial again`,
        validUntil: c.calendar.validUntil,
        total,
        contacted,
      },
    });
    ended.push(c.id);
  }
  if (ended.length > 0) await em.flush();
  return ended;
}
