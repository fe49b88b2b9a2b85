import { CampaignAction, allowedFrom, nextCampaignStatus } from '../../domain/campaign/campaign-transitions';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Campaign } from '../../entities/campaign.entity';
import { badInput, conflict, notFound } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import type { Principal } from '../../auth/principal';
import { isOperator } from '../../auth/tenant-scope';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import { checkSwitchSettings } from './apply-campaign-settings';
import { checkCampaignReady } from './check-campaign-ready';
import { campaignSnapshot } from './campaign-snapshot';
import { recordCampaignEvent } from './record-campaign-event';
import { rescheduleCallbacks } from './reschedule-callbacks';

export interface StatusChangeOptions {
  /** SCHEDULE: when to start. */
  at?: Date;
  /** The switch's machine detectors (the leading dialer's status); a campaign with AMD needs one. Unknown: not checked. */
  machineDetectors?: readonly string[] | null;
  /**
   * CANCEL / TERMINATE: end the calls in progress instead of letting them finish. The command
   * does not touch the switch: the request travels on CAMPAIGN_CHANGED to the leading dialer
   * (dialer/campaign-hangups.ts); each call's end is recorded as usual.
   */
  hangUpCalls?: boolean;
  /** Why, kept in the history's details (the operator's suspension of the tenant, issue 21). */
  reason?: string;
}

/**
 * Every lifecycle move a person makes (start, schedule, pause, resume, cancel, restart,
 * terminate) goes through the one state machine in domain/. A refused move is CONFLICT and
 * writes nothing; an allowed one is a conditional UPDATE on the row locked for this transaction.
 */
export function changeCampaignStatus(
  ctx: CommandContext,
  id: string,
  action: CampaignAction,
  opts: StatusChangeOptions = {},
): Promise<Campaign> {
  return inTransaction(ctx, async (em, outbox) => {
    const campaign = await loadForMove(em, ctx.principal, id, action);
    const from = campaign.status;
    const to = nextCampaignStatus(from, action);
    if (to === null) {
      throw conflict(
        `Cannot ${action.toLowerCase().replace('_', ' ')} campaign "${campaign.name}": it is ${from}; allowed from ${allowedFrom(action).join(', ')}`,
        { status: from, action },
      );
    }
    if (opts.hangUpCalls && action !== CampaignAction.CANCEL && action !== CampaignAction.TERMINATE)
      throw badInput('hangUpCalls', 'only a cancel or a terminate hangs up calls');
    if (campaign.isTemplate) throw conflict(`"${campaign.name}" is a template; clone it into a campaign to dial`);
    const starts =
      to === CampaignStatus.RUNNING &&
      (from === CampaignStatus.CREATED || from === CampaignStatus.CANCELLED || from === CampaignStatus.SCHEDULED);
    if (to === CampaignStatus.RUNNING || to === CampaignStatus.SCHEDULED) {
      checkSwitchSettings(campaign);
      // A scheduled campaign may still get its list before its time; one starting now must have it.
      await checkCampaignReady(em, campaign, starts, opts.machineDetectors);
    }
    const now = new Date();
    if (action === CampaignAction.SCHEDULE) {
      if (!opts.at) throw badInput('at', 'a start time or delay is required to schedule');
      if (opts.at.getTime() <= now.getTime()) throw badInput('at', 'must be in the future; use start without a time to start now');
      campaign.scheduledAt = opts.at;
    }
    if (starts) {
      campaign.startedAt = now;
      campaign.endedAt = undefined;
    }
    if (to === CampaignStatus.CANCELLED || to === CampaignStatus.TERMINATED) campaign.endedAt = now;
    // Its pending callbacks are put off (RESCHEDULED), kept for a restart.
    const rescheduled = to === CampaignStatus.CANCELLED ? await rescheduleCallbacks(em, campaign.id) : 0;
    campaign.status = to;
    if (starts) await campaign.gateways.init();
    recordCampaignEvent(em, outbox, campaign, moveActor(ctx.principal, campaign), {
      action,
      from,
      to,
      details: {
        ...(opts.at ? { at: opts.at.toISOString() } : {}),
        ...(rescheduled > 0 ? { rescheduled } : {}),
        ...(opts.hangUpCalls ? { hangUpCalls: true } : {}),
        ...(opts.reason ? { reason: opts.reason } : {}),
      },
      hangUpCalls: opts.hangUpCalls,
      configSnapshot: starts || action === CampaignAction.SCHEDULE ? campaignSnapshot(campaign) : undefined,
    });
    await em.flush();
    return campaign;
  });
}

/**
 * Issue 21: the platform operator may stop any tenant's campaign (pause, cancel), never start,
 * resume or otherwise move it; every other caller and move stays in the caller's tenant, with
 * NOT_FOUND for another tenant's id. The row is locked for the transaction either way.
 */
const OPERATOR_MOVES: ReadonlySet<CampaignAction> = new Set([CampaignAction.PAUSE, CampaignAction.CANCEL]);

async function loadForMove(em: EntityManager, principal: Principal, id: string, action: CampaignAction): Promise<Campaign> {
  if (!OPERATOR_MOVES.has(action) || !isOperator(principal)) {
    return loadOwned(em, Campaign, 'Campaign', id, principal.tenantId, { deletedAt: null }, { lock: true });
  }
  if (!isUUID(id)) throw notFound('Campaign', id);
  const found = await em.findOne(Campaign, { id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!found) throw notFound('Campaign', id);
  return found;
}

/** The history names an operator acting on another tenant's campaign as such ("operator admin@x.test"). */
function moveActor(principal: Principal, campaign: Campaign): Principal {
  if (campaign.tenant.id === principal.tenantId) return principal;
  return { ...principal, label: `operator ${principal.label}` };
}
