import { RecipientAction, recipientActionAllowedFrom } from '../../domain/recipient/recipient-transitions';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { Campaign } from '../../entities/campaign.entity';
import { badInput } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from '../campaign/record-campaign-event';
import { reopenIfFinished } from './reopen-campaign';
import { addBulkRecipientChange } from './recipient-change-events';
import { sqlArray } from '../../db/sql-array';

/** The user actions on recipients (the dialer's own moves live in the dialer). */
export type RecipientUserAction = RecipientAction.STOP | RecipientAction.REACTIVATE | RecipientAction.ADD_ATTEMPTS;

export interface RecipientSelection {
  /** These recipients; those not in a state the action applies to are left alone. */
  ids?: string[];
  /** Every recipient of the campaign the action applies to (e.g. all FAILED). */
  all?: boolean;
}

/**
 * One set-based UPDATE moves every selected recipient the domain's transition table allows;
 * the count tells how many moved. Reactivating or adding attempts reopens a finished campaign.
 */
export function changeRecipients(
  ctx: CommandContext,
  campaignId: string,
  action: RecipientUserAction,
  selection: RecipientSelection,
  extraAttempts = 1,
): Promise<{ affected: number; campaign: Campaign }> {
  if (!selection.all && !selection.ids?.length) throw badInput('ids', 'give recipient ids, or all: true');
  if (selection.ids && selection.ids.some((id) => !/^\d{1,18}$/.test(id))) throw badInput('ids', 'recipient ids are numbers');
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', campaignId, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    const from = recipientActionAllowedFrom(action);
    const set =
      action === RecipientAction.STOP
        ? `state = '${RecipientState.STOPPED}'`
        : // Give at least `n` more tries beyond those already used, whatever the campaign maximum.
          `state = '${RecipientState.READY}', next_attempt_at = null,
         extra_attempts = greatest(extra_attempts, attempts + ? - ?)`;
    const params: unknown[] = action === RecipientAction.STOP ? [] : [extraAttempts, campaign.maxAttempts];
    params.push(campaign.id, sqlArray(from));
    let where = 'campaign_id = ? and state = any(?::recipient_state[])';
    if (!selection.all) {
      where += ' and id = any(?::bigint[])';
      params.push(sqlArray(selection.ids ?? []));
    }
    const res = await em.execute<{ affectedRows: number }>(
      `update campaign_recipient set ${set}, updated_at = now() where ${where}`,
      params,
      'run',
    );
    const affected = res.affectedRows;
    recordCampaignEvent(em, outbox, campaign, ctx.principal, {
      action: `RECIPIENTS_${action}`,
      details: { affected, all: Boolean(selection.all), extraAttempts },
    });
    addBulkRecipientChange(outbox, campaign, ctx.principal, action, affected);
    if (affected > 0 && action !== RecipientAction.STOP) reopenIfFinished(em, outbox, campaign, ctx.principal, action);
    await em.flush();
    return { affected, campaign };
  });
}
