import { DEFAULT_INTERNAL_PATTERN } from '../../domain/numbers/direction';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Campaign } from '../../entities/campaign.entity';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import type { NumberRules } from './prepare-recipients';

/** How a campaign reads numbers: its format, and its own default region, else the tenant's. */
export async function campaignNumberRules(em: EntityManager, campaign: Campaign): Promise<NumberRules> {
  const settings = await em.findOne(TenantSettings, { tenant: campaign.tenant.id });
  return {
    defaultRegion: campaign.defaultRegion ?? settings?.defaultRegion ?? 'US',
    internalPattern: settings?.internalNumberPattern ?? DEFAULT_INTERNAL_PATTERN,
    format: campaign.numberFormat,
  };
}
