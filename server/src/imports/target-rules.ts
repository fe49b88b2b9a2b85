import { DEFAULT_INTERNAL_PATTERN } from '../domain/numbers/direction';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import { loadOwned } from '../commands/load-owned';
import type { NumberRules } from '../commands/recipient/prepare-recipients';
import { campaignNumberRules } from '../commands/recipient/campaign-number-rules';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { Campaign } from '../entities/campaign.entity';
import { ListStatus, RecipientList } from '../entities/recipient-list.entity';
import { TenantSettings } from '../entities/tenant-settings.entity';
import { listNumberRules } from '../commands/list/list-number-rules';
import { badInput, conflict, forbidden } from '../errors/app-error';
import { Permission } from '../auth/permission';
import type { ImportTarget } from './import-types';

/**
 * Checks the target can take recipients and returns how its numbers are read: the campaign's
 * rules (its format; campaign, else tenant region), or the list's format and region, else the
 * tenant's (a DNC list: the tenant's region, as addDncNumbers reads numbers).
 */
export async function targetRules(em: EntityManager, principal: Principal, target: ImportTarget): Promise<NumberRules> {
  if (target.kind === 'campaign') {
    const campaign = await loadOwned(em, Campaign, 'Campaign', target.campaignId, principal.tenantId, { deletedAt: null });
    // A template may hold recipients: campaigns created from it copy them (Kalliope).
    if (campaign.status === CampaignStatus.TERMINATED) throw conflict(`Campaign "${campaign.name}" is TERMINATED; clone it to dial again`);
    return campaignNumberRules(em, campaign);
  }
  if (target.kind === 'dnc') {
    // DNC lists are settings: the same permission as addDncNumbers.
    if (!principal.permissions.has(Permission.SETTINGS_WRITE)) throw forbidden('Importing a DNC list needs the SETTINGS_WRITE permission');
    const settings = await em.findOne(TenantSettings, { tenant: principal.tenantId });
    return { defaultRegion: settings?.defaultRegion ?? 'US', internalPattern: settings?.internalNumberPattern ?? DEFAULT_INTERNAL_PATTERN };
  }
  const list = await loadOwned(em, RecipientList, 'RecipientList', target.listId, principal.tenantId);
  if (list.status !== ListStatus.ACTIVE) throw badInput('target.listId', `the list "${list.name}" is disabled`);
  return listNumberRules(em, list, principal.tenantId);
}
