import type { Principal } from '../../auth/principal';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { CampaignAction } from '../../domain/campaign/campaign-transitions';
import { Campaign } from '../../entities/campaign.entity';
import { isAppError } from '../../errors/app-error';
import { logger } from '../../logger';
import { changeCampaignStatus } from '../campaign/change-campaign-status';
import type { CommandContext } from '../command-context';

/**
 * Suspension and resume move a tenant's campaigns through the one status-change command, so
 * each move has its history entry (the operator as actor, the reason in its details), its
 * CAMPAIGN_CHANGED event and live pushes, exactly like a person's pause or resume.
 */

/** The operator acting on campaigns of `tenantId` (its own identity, the tenant's scope). */
function inTenant(operator: Principal, tenantId: string): Principal {
  return { ...operator, tenantId };
}

/** Pauses the tenant's RUNNING campaigns; returns the ids it paused. */
export async function pauseTenantCampaigns(ctx: CommandContext, tenantId: string, reason: string): Promise<string[]> {
  const running = await ctx.em
    .fork()
    .find(Campaign, { tenant: tenantId, status: CampaignStatus.RUNNING, deletedAt: null, isTemplate: false }, { fields: ['id'] });
  const scoped = { ...ctx, principal: inTenant(ctx.principal, tenantId) };
  const paused: string[] = [];
  for (const { id } of running) {
    if (await tryMove(scoped, id, CampaignAction.PAUSE, reason)) paused.push(id);
  }
  return paused;
}

/** Resumes those of `ids` that are still PAUSED; others (cancelled meanwhile…) stay as they are. */
export async function resumeTenantCampaigns(
  ctx: CommandContext,
  tenantId: string,
  ids: readonly string[],
  reason: string,
): Promise<string[]> {
  const scoped = { ...ctx, principal: inTenant(ctx.principal, tenantId) };
  const resumed: string[] = [];
  for (const id of ids) {
    if (await tryMove(scoped, id, CampaignAction.RESUME, reason)) resumed.push(id);
  }
  return resumed;
}

/** A refused move (the campaign changed meanwhile, or cannot run now) is logged and skipped. */
async function tryMove(ctx: CommandContext, id: string, action: CampaignAction, reason: string): Promise<boolean> {
  try {
    await changeCampaignStatus(ctx, id, action, { reason });
    return true;
  } catch (err) {
    if (!isAppError(err)) throw err;
    logger.info({ campaignId: id, action, why: err.message }, 'tenant suspension: campaign left as it is');
    return false;
  }
}
