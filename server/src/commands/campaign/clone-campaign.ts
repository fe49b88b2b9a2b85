import { wrap } from '@mikro-orm/core';
import { Campaign } from '../../entities/campaign.entity';
import { badInput, conflict } from '../../errors/app-error';
import { copyTemplateRecipients } from './copy-template-recipients';
import { inTransaction, type CommandContext } from '../command-context';
import { loadOwned } from '../load-owned';
import { recordCampaignEvent } from './record-campaign-event';

// Settings copied by a clone; state, times and recipients are not.
const COPIED = [
  'description',
  'type',
  'dialingMode',
  'complianceProfile',
  'callerIdName',
  'callerIdNumber',
  'priority',
  'calendar',
  'maxConcurrentCalls',
  'maxInternalCalls',
  'maxExternalCalls',
  'callsPerSecond',
  'maxAttempts',
  'retryWaitSeconds',
  'maxUncountedAttempts',
  'ringTimeoutSeconds',
  'minSuccessSeconds',
  'causePolicy',
  'completionThreshold',
  'broadcastActions',
  'destination',
  'channelVariables',
  'sendRecipientFields',
  'amd',
  'abandonRateTarget',
  'abandonMessage',
  'wrapUpSeconds',
  'waitForResult',
  'queueName',
  'queueMultiplier',
  'defaultRegion',
  'dncLists',
  'numberFormat',
  'accountcode',
] as const;

/**
 * Copies a campaign's or template's settings into a new CREATED campaign (Kalliope templates).
 * From a template it also copies the template's recipients (fresh, READY) and, for a campaign,
 * remembers the template; a disabled template creates no campaign.
 */
export function cloneCampaign(ctx: CommandContext, id: string, name: string | undefined, asTemplate = false): Promise<Campaign> {
  // A scalar argument, so no input class checks it: the same limit as a campaign's name.
  if (name !== undefined && name.trim().length > 200) return Promise.reject(badInput('name', 'must be at most 200 characters'));
  return inTransaction(ctx, async (em, outbox) => {
    const source = await loadOwned(em, Campaign, 'Campaign', id, ctx.principal.tenantId, { deletedAt: null });
    if (source.isTemplate && !source.templateEnabled && !asTemplate)
      throw conflict(`Template "${source.name}" is disabled; enable it (templateEnabled: true) to create campaigns from it`, {
        templateId: source.id,
      });
    await source.gateways.init();
    const copy = new Campaign();
    copy.tenant = source.tenant;
    copy.name = name?.trim() || `${source.name} (copy)`;
    em.persist(copy);
    const data = wrap(source).toObject() as Record<string, unknown>;
    const target = copy as unknown as Record<string, unknown>;
    for (const key of COPIED) target[key] = key === 'calendar' ? source.calendar : structuredClone(data[key]);
    copy.isTemplate = asTemplate;
    if (source.isTemplate && !asTemplate) copy.createdFromTemplate = source;
    copy.gateways.set(source.gateways.getItems());
    // The copy's row must exist before its recipients point at it.
    await em.flush();
    const recipients = source.isTemplate ? await copyTemplateRecipients(em, source.id, copy.id) : 0;
    recordCampaignEvent(em, outbox, copy, ctx.principal, {
      action: 'CREATE',
      to: copy.status,
      details: { clonedFrom: source.id, ...(source.isTemplate ? { fromTemplate: source.id, recipients } : {}) },
    });
    await em.flush();
    return copy;
  });
}
