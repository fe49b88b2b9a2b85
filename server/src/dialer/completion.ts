import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '../events/outbox';
import { recordCampaignEvent } from '../commands/campaign/record-campaign-event';
import { LockMode } from '@mikro-orm/core';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { CampaignAction, nextCampaignStatus } from '../domain/campaign/campaign-transitions';
import { Campaign } from '../entities/campaign.entity';
import { sqlArray } from '../db/sql-array';
import { OPEN_RECIPIENT_STATES, UNREACHED_RECIPIENT_STATES } from '../domain/recipient/recipient-figures';
import { rows } from './sql-rows';

interface CountsSql {
  id: string;
  open: boolean;
  threshold: number | null;
  total: number | null;
  contacted: number | null;
  failed: number | null;
}

/**
 * Finishes RUNNING campaigns that are done: COMPLETED when every recipient is final and none
 * failed or expired, or when the completion threshold (% contacted) is reached; INCOMPLETE
 * when every recipient is final and some were not reached. Whether any recipient is still
 * open (recipient-figures.ts: a call in progress is open) is one probe on the (campaign, state) index; full counts run only for campaigns that
 * are finished or have a threshold. Runs in the caller's transaction; events go to `outbox`.
 */
export async function completeFinishedCampaigns(
  em: EntityManager,
  outbox: Outbox,
  campaignIds: readonly string[],
  now: Date,
  withThreshold = true,
): Promise<string[]> {
  if (campaignIds.length === 0) return [];
  const list = await rows<CountsSql>(
    em,
    `
    with c as (
      select c.id, c.completion_threshold as threshold,
        exists (select 1 from campaign_recipient r where r.campaign_id = c.id
                and r.state = any(?::recipient_state[])) as open
      from campaign c where c.id = any(?::uuid[]) and c.status = 'RUNNING')
    select c.id, c.open, c.threshold, k.total, k.contacted, k.failed from c
    left join lateral (
      select count(*)::int as total, count(*) filter (where r.state = 'CONTACTED')::int as contacted,
        count(*) filter (where r.state = any(?::recipient_state[]))::int as failed
      from campaign_recipient r where r.campaign_id = c.id) k on (not c.open or (? and c.threshold is not null))`,
    [sqlArray([...OPEN_RECIPIENT_STATES]), sqlArray([...campaignIds]), sqlArray([...UNREACHED_RECIPIENT_STATES]), withThreshold],
  );
  const done: string[] = [];
  for (const row of list) {
    const total = row.total ?? 0;
    if (total === 0) continue;
    const contacted = row.contacted ?? 0;
    const thresholdMet = row.threshold !== null && row.threshold > 0 && (contacted * 100) / total >= row.threshold;
    let action: CampaignAction | null = null;
    if (thresholdMet) action = CampaignAction.COMPLETE;
    else if (!row.open) action = (row.failed ?? 0) > 0 ? CampaignAction.MARK_INCOMPLETE : CampaignAction.COMPLETE;
    if (!action) continue;
    const campaign = await em.findOne(Campaign, { id: row.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!campaign || campaign.status !== CampaignStatus.RUNNING) continue;
    const to = nextCampaignStatus(campaign.status, action);
    if (!to) continue;
    const from = campaign.status;
    campaign.status = to;
    campaign.endedAt = now;
    recordCampaignEvent(em, outbox, campaign, null, {
      action,
      from,
      to,
      details: { total, contacted, failed: row.failed ?? 0, threshold: row.threshold },
    });
    done.push(campaign.id);
  }
  if (done.length > 0) await em.flush();
  return done;
}
