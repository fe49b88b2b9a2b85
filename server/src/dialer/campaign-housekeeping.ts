import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { campaignSnapshot } from '../commands/campaign/campaign-snapshot';
import type { Outbox } from '../events/outbox';
import { recordCampaignEvent } from '../commands/campaign/record-campaign-event';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { CampaignAction, nextCampaignStatus } from '../domain/campaign/campaign-transitions';
import type { RunState, RunStateReason } from '../domain/campaign/run-state';
import { Campaign } from '../entities/campaign.entity';
import { rows } from './sql-rows';

/**
 * SCHEDULED campaigns whose time has come start (ACTIVATE), with the same history as a start.
 * A suspended tenant's wait (their time may pass meanwhile; they start once it is resumed).
 */
export async function activateScheduled(em: EntityManager, outbox: Outbox, now: Date): Promise<string[]> {
  const due = await rows<{ id: string }>(
    em,
    `
    select id from campaign c where status = 'SCHEDULED' and scheduled_at <= ? and deleted_at is null and not is_template
      and exists (select 1 from tenant t where t.id = c.tenant_id and t.status = 'ACTIVE')`,
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

export interface RunStateChange {
  campaignId: string;
  tenantId: string;
  state: RunState;
  reason: RunStateReason | null;
}

/**
 * Writes a campaign's run state and its reason only when they changed (and only while it is
 * RUNNING: a campaign paused or ended meanwhile keeps what its status change wrote), and queues
 * CAMPAIGN_CHANGED so the console shows why a campaign is not dialing.
 */
export async function writeRunStates(em: EntityManager, outbox: Outbox, changes: readonly RunStateChange[], now: Date): Promise<void> {
  for (const c of changes) {
    const updated = await rows<{ id: string }>(
      em,
      `
      update campaign set run_state = ?::run_state, run_state_reason = ?, updated_at = ?
      where id = ? and status = 'RUNNING' and (run_state, run_state_reason) is distinct from (?::run_state, ?)
      returning id`,
      [c.state, c.reason, now, c.campaignId, c.state, c.reason],
    );
    if (updated.length === 0) continue;
    outbox.add('CAMPAIGN_CHANGED', {
      tenantId: c.tenantId,
      campaignId: c.campaignId,
      status: CampaignStatus.RUNNING,
      runState: c.state,
      runStateReason: c.reason,
      action: 'RUN_STATE',
      at: now.toISOString(),
    });
  }
}
