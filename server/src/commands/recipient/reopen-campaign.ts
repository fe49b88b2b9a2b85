import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignAction, nextCampaignStatus } from '../../domain/campaign/campaign-transitions';
import type { Campaign } from '../../entities/campaign.entity';
import type { Principal } from '../../auth/principal';
import type { Outbox } from '../command-context';
import { recordCampaignEvent } from '../campaign/record-campaign-event';

/**
 * A finished campaign (COMPLETED/INCOMPLETE) that got dialable recipients back dials again
 * (product.md: "Add attempts moves FAILED back to READY and the campaign back to RUNNING").
 */
export function reopenIfFinished(em: EntityManager, outbox: Outbox, campaign: Campaign, actor: Principal, reason: string): void {
  const to = nextCampaignStatus(campaign.status, CampaignAction.REOPEN);
  if (!to) return;
  const from = campaign.status;
  campaign.status = to;
  campaign.endedAt = undefined;
  recordCampaignEvent(em, outbox, campaign, actor, { action: CampaignAction.REOPEN, from, to, details: { reason } });
}
