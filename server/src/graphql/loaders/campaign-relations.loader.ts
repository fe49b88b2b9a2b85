import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Calendar } from '../../entities/calendar.entity';
import type { Campaign } from '../../entities/campaign.entity';
import type { Gateway } from '../../entities/gateway.entity';
import { LOADER_OPTIONS } from './loader-options';

/** Campaign -> its gateways: one populate (one query) for every campaign of the response. */
export function campaignGatewaysLoader(em: EntityManager): DataLoader<Campaign, Gateway[]> {
  return new DataLoader<Campaign, Gateway[]>(async (campaigns) => {
    await em.populate([...campaigns], ['gateways']);
    return campaigns.map((c) => c.gateways.getItems());
  }, LOADER_OPTIONS);
}

/** Campaign -> its calendar or null: one populate for every campaign that has one. */
export function campaignCalendarLoader(em: EntityManager): DataLoader<Campaign, Calendar | null> {
  return new DataLoader<Campaign, Calendar | null>(async (campaigns) => {
    const withCalendar = campaigns.filter((c) => c.calendar);
    if (withCalendar.length > 0) await em.populate(withCalendar, ['calendar']);
    return campaigns.map((c) => c.calendar ?? null);
  }, LOADER_OPTIONS);
}
