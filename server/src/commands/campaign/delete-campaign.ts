import { isEditable } from '../../domain/campaign/campaign-transitions';
import { Campaign } from '../../entities/campaign.entity';
import { conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from './record-campaign-event';

/**
 * Deletes a campaign that is not being dialed. Soft delete: it disappears from lists and
 * lookups, while its history, attempts and reports stay.
 */
export function deleteCampaign(ctx: CommandContext, id: string): Promise<Campaign> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', id, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    if (!isEditable(campaign.status))
      throw conflict(`Campaign "${campaign.name}" is ${campaign.status}; cancel it before deleting`, { status: campaign.status });
    campaign.deletedAt = new Date();
    recordCampaignEvent(em, outbox, campaign, ctx.principal, { action: 'DELETE' });
    await em.flush();
    return campaign;
  });
}
