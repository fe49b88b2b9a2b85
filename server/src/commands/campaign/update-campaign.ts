import { isEditable } from '../../domain/campaign/campaign-transitions';
import { Campaign } from '../../entities/campaign.entity';
import type { UpdateCampaignData } from './campaign-settings-data';
import { conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { applyCampaignSettings } from './apply-campaign-settings';
import { recordCampaignEvent } from './record-campaign-event';

/**
 * Changes settings, only while the dialer is not working on the campaign (not SCHEDULED,
 * RUNNING or PAUSED). The row is locked so a concurrent start cannot slip in between.
 */
export function updateCampaign(ctx: CommandContext, id: string, input: UpdateCampaignData): Promise<Campaign> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', id, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    if (!isEditable(campaign.status)) {
      throw conflict(
        `Campaign "${campaign.name}" is ${campaign.status}; pause is not enough — cancel it (or wait until it ends) to edit its settings`,
        { status: campaign.status },
      );
    }
    await campaign.gateways.init();
    if (input.name !== undefined) campaign.name = input.name.trim();
    await applyCampaignSettings(em, campaign, input, ctx.principal.tenantId);
    recordCampaignEvent(em, outbox, campaign, ctx.principal, {
      action: 'UPDATE',
      details: { fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined) },
    });
    await em.flush();
    return campaign;
  });
}
