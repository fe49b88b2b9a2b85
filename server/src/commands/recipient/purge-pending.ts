import { RecipientState as S } from '../../domain/recipient/recipient-state';
import { Campaign } from '../../entities/campaign.entity';
import { inTransaction, type CommandContext } from '../command-context';
import { addBulkRecipientChange } from './recipient-change-events';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from '../campaign/record-campaign-event';
import { sqlArray } from '../../db/sql-array';

const PENDING = [S.READY, S.RETRY_WAIT, S.SCHEDULED, S.WAITING_AGENT];

/**
 * Empties the queue (EF's purge): pending recipients never called are deleted; those with
 * call history are STOPPED instead, so no attempt record is ever lost.
 */
export function purgePending(ctx: CommandContext, campaignId: string): Promise<{ affected: number; campaign: Campaign }> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', campaignId, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    const conn = em;
    const deleted = await conn.execute<{ affectedRows: number }>(
      `delete from campaign_recipient r where r.campaign_id = ? and r.state = any(?::recipient_state[])
       and not exists (select 1 from call_attempt a where a.recipient_id = r.id)`,
      [campaign.id, sqlArray(PENDING)],
      'run',
    );
    const stopped = await conn.execute<{ affectedRows: number }>(
      `update campaign_recipient set state = 'STOPPED', updated_at = now() where campaign_id = ? and state = any(?::recipient_state[])`,
      [campaign.id, sqlArray(PENDING)],
      'run',
    );
    const affected = deleted.affectedRows + stopped.affectedRows;
    recordCampaignEvent(em, outbox, campaign, ctx.principal, {
      action: 'PURGE_PENDING',
      details: { deleted: deleted.affectedRows, stopped: stopped.affectedRows },
    });
    await em.flush();
    addBulkRecipientChange(outbox, campaign, ctx.principal, 'PURGE', affected);
    return { affected, campaign };
  });
}
