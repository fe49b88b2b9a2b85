import { wrap } from '@mikro-orm/core';
import type { Campaign } from '../../entities/campaign.entity';

/**
 * The full configuration as plain JSON, stored with each start so history and reports
 * stay true after later edits or deletion.
 */
export function campaignSnapshot(campaign: Campaign): Record<string, unknown> {
  const plain = wrap(campaign).toObject() as Record<string, unknown>;
  return {
    ...plain,
    tenant: campaign.tenant.id,
    calendar: campaign.calendar?.id ?? null,
    gateways: campaign.gateways.isInitialized()
      ? campaign.gateways.getItems().map((g) => ({ id: g.id, name: g.name, dialString: g.dialString }))
      : [],
  };
}
