import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { campaignSnapshot } from '../commands/campaign/campaign-snapshot';
import type { Outbox } from '../events/outbox';
import { recordCampaignEvent } from '../commands/campaign/record-campaign-event';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { CampaignAction, nextCampaignStatus } from '../domain/campaign/campaign-transitions';
import type { RunState } from '../domain/campaign/run-state';
import { Campaign } from '../entities/campaign.entity';
import { rows } from './sql-rows';

/** SCHEDULED campaigns whose time has come start (ACTIVATE), with the same history as a start. */
export async function activateScheduled(em: EntityManager, outbox: Outbox, now: Date): Promise<string[]> {
  const due = await rows<{ id: string }>(
    em,
    `
    select id from campaign where status = 'SCHEDULED' and scheduled_at <= ? and deleted_at is null and not is_template`,
    [now],
  );
  const started: string[] = [];
  for (const { id } of due) {
    const campaign = await em.findOne(Campaign, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!campaign) continue;
    const to = nextCampaignStatus(campaign.status, CampaignAction.ACTIVATE);
    if (to !== CampaignStatus.RUNNING) continue;
    const from = campaign.status;
    campaign.status = to;
    campaign.startedAt = now;
    campaign.endedAt = undefined;
    await campaign.gateways.init();
    recordCampaignEvent(em, outbox, campaign, null, {
      action: CampaignAction.ACTIVATE,
      from,
      to,
      configSnapshot: campaignSnapshot(campaign),
    });
    started.push(id);
  }
  if (started.length > 0) await em.flush();
  return started;
}

/**
 * Writes a campaign's run state only when it changed (and only while it is RUNNING), and
 * queues CAMPAIGN_CHANGED so the console shows why a campaign is not dialing.
 */
export async function writeRunStates(
  em: EntityManager,
  outbox: Outbox,
  changes: ReadonlyArray<{ campaignId: string; tenantId: string; state: RunState }>,
  now: Date,
): Promise<void> {
  for (const c of changes) {
    const updated = await rows<{ id: string }>(
      em,
      `
      update campaign set run_state = ?::run_state, updated_at = ? where id = ? and status = 'RUNNING' and run_state <> ?::run_state
      returning id`,
      [c.state, now, c.campaignId, c.state],
    );
    if (updated.length === 0) continue;
    outbox.add('CAMPAIGN_CHANGED', {
      tenantId: c.tenantId,
      campaignId: c.campaignId,
      status: CampaignStatus.RUNNING,
      runState: c.state,
      action: 'RUN_STATE',
      at: now.toISOString(),
    });
  }
}
