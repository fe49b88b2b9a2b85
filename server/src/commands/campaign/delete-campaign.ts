import { isEditable } from '../../domain/campaign/campaign-transitions';
import { Campaign } from '../../entities/campaign.entity';
import { conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from './record-campaign-event';

/** Campaigns named in a template deletion's warning, at most. */
const NAMED = 20;

/**
 * Deletes a campaign that is not being dialed. Soft delete: it disappears from lists and
 * lookups, while its history, attempts and reports stay. A template from which live campaigns
 * were created is deleted only with `force` (Kalliope's warning): without it the answer is a
 * CONFLICT naming those campaigns; they keep running and keep pointing at the template.
 */
export function deleteCampaign(ctx: CommandContext, id: string, force = false): Promise<Campaign> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', id, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    if (!isEditable(campaign.status))
      throw conflict(`Campaign "${campaign.name}" is ${campaign.status}; cancel it before deleting`, { status: campaign.status });
    let fromTemplate: Campaign[] = [];
    if (campaign.isTemplate) {
      fromTemplate = await em.find(
        Campaign,
        { createdFromTemplate: campaign.id, deletedAt: null, tenant: ctx.principal.tenantId },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      if (fromTemplate.length > 0 && !force) {
        const names = fromTemplate.slice(0, NAMED).map((c) => `"${c.name}"`);
        const more = fromTemplate.length > NAMED ? ` and ${fromTemplate.length - NAMED} more` : '';
        throw conflict(
          `Template "${campaign.name}" was used to create ${fromTemplate.length} campaign(s): ${names.join(', ')}${more}; pass force: true to delete it anyway`,
          { campaigns: fromTemplate.map((c) => ({ id: c.id, name: c.name })) },
        );
      }
    }
    campaign.deletedAt = new Date();
    recordCampaignEvent(em, outbox, campaign, ctx.principal, {
      action: 'DELETE',
      ...(fromTemplate.length > 0 ? { details: { force: true, campaignsFromTemplate: fromTemplate.map((c) => c.id) } } : {}),
    });
    await em.flush();
    return campaign;
  });
}
