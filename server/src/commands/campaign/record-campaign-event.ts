import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../auth/principal';
import type { CampaignStatus } from '../../domain/campaign/campaign-status';
import { runStateOnStatus } from '../../domain/campaign/run-state-rules';
import { ActorKind, CampaignEvent } from '../../entities/campaign-event.entity';
import type { Campaign } from '../../entities/campaign.entity';
import type { Outbox } from '../command-context';

export interface CampaignEventInput {
  action: string;
  from?: CampaignStatus;
  to?: CampaignStatus;
  details?: Record<string, unknown>;
  configSnapshot?: Record<string, unknown>;
  /** Asks the dialer to hang up the campaign's calls in progress (through the event, never the switch). */
  hangUpCalls?: boolean;
}

/**
 * Appends to the campaign's history in the same transaction as the change it describes,
 * and queues the live CAMPAIGN_CHANGED event for after commit. A status change also sets the
 * run state that status has (run-state-rules.ts): every status change, by a person or the
 * dialer, passes here, so no ended campaign keeps a run state.
 */
export function recordCampaignEvent(
  em: EntityManager,
  outbox: Outbox,
  campaign: Campaign,
  actor: Principal | null,
  input: CampaignEventInput,
): CampaignEvent {
  if (input.to !== undefined && input.to !== input.from) {
    campaign.runState = runStateOnStatus(input.to);
    campaign.runStateReason = null;
  }
  const event = em.create(CampaignEvent, {
    tenantId: campaign.tenant.id,
    campaignId: campaign.id,
    at: new Date(),
    actorKind: actor ? (actor.kind === 'USER' ? ActorKind.USER : ActorKind.API_KEY) : ActorKind.SYSTEM,
    actorId: actor?.id,
    actorLabel: actor?.label ?? 'dialer',
    action: input.action,
    fromStatus: input.from,
    toStatus: input.to,
    details: input.details ?? {},
    configSnapshot: input.configSnapshot,
  });
  outbox.add('CAMPAIGN_CHANGED', {
    tenantId: campaign.tenant.id,
    campaignId: campaign.id,
    status: input.to ?? campaign.status,
    runState: campaign.runState,
    runStateReason: campaign.runStateReason,
    action: input.action,
    ...(input.hangUpCalls ? { hangUpCalls: true } : {}),
    at: event.at.toISOString(),
  });
  return event;
}
