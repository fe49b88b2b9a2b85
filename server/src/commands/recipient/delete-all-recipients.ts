import { isEditable } from '../../domain/campaign/campaign-transitions';
import { Campaign } from '../../entities/campaign.entity';
import { conflict } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { addBulkRecipientChange } from './recipient-change-events';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from '../campaign/record-campaign-event';

/**
 * MOR's "delete all": removes every recipient with its numbers and attempts. Only while the
 * dialer is not working on the campaign; the history keeps a line saying how many went.
 */
export function deleteAllRecipients(ctx: CommandContext, campaignId: string): Promise<{ affected: number; campaign: Campaign }> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', campaignId, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    if (!isEditable(campaign.status))
      throw conflict(`Campaign "${campaign.name}" is ${campaign.status}; cancel it before deleting all recipients`, {
        status: campaign.status,
      });
    const res = await em.execute<{ affectedRows: number }>('delete from campaign_recipient where campaign_id = ?', [campaign.id], 'run');
    recordCampaignEvent(em, outbox, campaign, ctx.principal, { action: 'DELETE_ALL_RECIPIENTS', details: { deleted: res.affectedRows } });
    await em.flush();
    addBulkRecipientChange(outbox, campaign, ctx.principal, 'DELETE_ALL', res.affectedRows);
    return { affected: res.affectedRows, campaign };
  });
}
