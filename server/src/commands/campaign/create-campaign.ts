import { Campaign } from '../../entities/campaign.entity';
import { Tenant } from '../../entities/tenant.entity';
import type { CreateCampaignData } from './campaign-settings-data';
import { inTransaction, type CommandContext } from '../command-context';
import { applyCampaignSettings } from './apply-campaign-settings';
import { recordCampaignEvent } from './record-campaign-event';

/** Creates a campaign (or template) in CREATED with defaults for everything not given. */
export function createCampaign(ctx: CommandContext, input: CreateCampaignData): Promise<Campaign> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = new Campaign();
    campaign.tenant = em.getReference(Tenant, ctx.principal.tenantId);
    campaign.name = input.name.trim();
    em.persist(campaign);
    campaign.isTemplate = input.isTemplate ?? false;
    await applyCampaignSettings(em, campaign, input, ctx.principal.tenantId);
    recordCampaignEvent(em, outbox, campaign, ctx.principal, { action: 'CREATE', to: campaign.status });
    await em.flush();
    return campaign;
  });
}
