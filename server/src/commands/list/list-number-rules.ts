import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_INTERNAL_PATTERN } from '../../domain/numbers/direction';
import type { RecipientList } from '../../entities/recipient-list.entity';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import type { NumberRules } from '../recipient/prepare-recipients';

/** How a list reads numbers (its format, its region else the tenant's): one rule for JSON batches and file imports. */
export async function listNumberRules(em: EntityManager, list: RecipientList, tenantId: string): Promise<NumberRules> {
  const settings = await em.findOne(TenantSettings, { tenant: tenantId });
  return {
    defaultRegion: list.defaultRegion ?? settings?.defaultRegion ?? 'US',
    internalPattern: settings?.internalNumberPattern ?? DEFAULT_INTERNAL_PATTERN,
    format: list.numberFormat,
  };
}
