import { checkCampaignReady } from '../campaign/check-campaign-ready';
import { CampaignAction, nextCampaignStatus } from '../../domain/campaign/campaign-transitions';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Campaign } from '../../entities/campaign.entity';
import { badInput, conflict } from '../../errors/app-error';
import type { RecipientData } from './recipient-data';
import { DuplicatePolicy } from '../../domain/recipient/duplicate-policy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type CommandContext, type Outbox } from '../command-context';
import { loadOwned } from '../load-owned';
import { campaignSnapshot } from '../campaign/campaign-snapshot';
import { recordCampaignEvent } from '../campaign/record-campaign-event';
import { campaignNumberRules } from './campaign-number-rules';
import { existingNumbers, insertRecipients } from './insert-recipients';
import { prepareRecipients } from './prepare-recipients';

export const MAX_BATCH = 10_000;

/**
 * Adds a batch of recipients, all or nothing. With `autoRun` the campaign starts (CREATED)
 * or reopens (COMPLETED/INCOMPLETE) in the same transaction, so an integrator's one call
 * both loads and dials.
 */
export function addRecipients(
  ctx: CommandContext,
  campaignId: string,
  input: RecipientData[],
  opts: { autoRun: boolean; onDuplicate: DuplicatePolicy },
): Promise<{ added: number; skipped: number; campaign: Campaign }> {
  if (input.length > MAX_BATCH) throw badInput('recipients', `at most ${MAX_BATCH} per call; split the batch or use a file import`);
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadOwned(em, Campaign, 'Campaign', campaignId, ctx.principal.tenantId, { deletedAt: null }, { lock: true });
    // A template may hold recipients that campaigns created from it copy; it is never dialed.
    if (campaign.isTemplate && opts.autoRun)
      throw conflict(`"${campaign.name}" is a template; it is never dialed, so autoRun does not apply`);
    if (campaign.status === CampaignStatus.TERMINATED) throw conflict(`Campaign "${campaign.name}" is TERMINATED; clone it to dial again`);
    const rules = await campaignNumberRules(em, campaign);
    const { prepared, skipped: skippedInBatch } = prepareRecipients(input, rules, opts.onDuplicate);
    const existing = await existingNumbers(
      em,
      campaign.id,
      prepared.flatMap((r) => r.phones.map((p) => p.number)),
    );
    let skipped = skippedInBatch;
    const batch = prepared.filter((r) => {
      const clash = r.phones.find((p) => existing.has(p.number));
      if (!clash) return true;
      if (opts.onDuplicate === DuplicatePolicy.REJECT) {
        throw badInput(
          `recipients[${r.index}].communications`,
          `${clash.number} is already in this campaign; a number appears once per campaign (or pass onDuplicate: SKIP)`,
        );
      }
      skipped++;
      return false;
    });
    await insertRecipients(em, campaign.id, batch, campaign.numberFormat);
    recordCampaignEvent(em, outbox, campaign, ctx.principal, { action: 'RECIPIENTS_ADDED', details: { added: batch.length, skipped } });
    if (opts.autoRun && batch.length > 0) await autoRun(ctx, campaign, em, outbox);
    await em.flush();
    return { added: batch.length, skipped, campaign };
  });
}

async function autoRun(ctx: CommandContext, campaign: Campaign, em: EntityManager, outbox: Outbox): Promise<void> {
  const action = campaign.status === CampaignStatus.CREATED ? CampaignAction.START : CampaignAction.REOPEN;
  const to = nextCampaignStatus(campaign.status, action);
  if (!to) return; // already scheduled, running, paused or cancelled: leave it to the supervisor
  // The same rule as a start by hand: a campaign that would do nothing on answer is refused (all or nothing).
  await checkCampaignReady(em, campaign, false);
  const from = campaign.status;
  campaign.status = to;
  if (action === CampaignAction.START) campaign.startedAt = new Date();
  campaign.endedAt = undefined;
  await campaign.gateways.init();
  recordCampaignEvent(em, outbox, campaign, ctx.principal, {
    action,
    from,
    to,
    details: { autoRun: true },
    configSnapshot: action === CampaignAction.START ? campaignSnapshot(campaign) : undefined,
  });
}
