import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CallAttempt } from '../../entities/call-attempt.entity';
import type { Calendar } from '../../entities/calendar.entity';
import type { Campaign } from '../../entities/campaign.entity';
import type { Gateway } from '../../entities/gateway.entity';
import type { RecipientPhone } from '../../entities/recipient-phone.entity';
import type { RecipientCounts } from '../campaign/recipient-counts.type';
import { campaignCalendarLoader, campaignGatewaysLoader } from './campaign-relations.loader';
import { contactCountLoader } from './contact-count.loader';
import { phoneDncLoader } from './phone-dnc.loader';
import { recipientAttemptsLoader, recipientPhonesLoader } from './recipient-rows.loader';
import { recipientCountsLoader } from './recipient-counts.loader';
import { waitingReasonLoader } from './waiting-reason.loader';
import { tenantUsageLoader } from './tenant-usage.loader';
import type { TenantUsageFigures } from '../../reports/tenant-usage';
import { tenantNameLoader } from './tenant-name.loader';
import type { Waiting } from '../../domain/dialer/waiting-reason';

/**
 * The field resolvers that read the database for each parent go through these, so a page of
 * 50 campaigns costs the same few queries as a page of 5. One set per request (context.ts),
 * on the request's EntityManager.
 */
export interface Loaders {
  recipientCounts: DataLoader<string, RecipientCounts>;
  campaignGateways: DataLoader<Campaign, Gateway[]>;
  campaignCalendar: DataLoader<Campaign, Calendar | null>;
  recipientPhones: DataLoader<string, RecipientPhone[]>;
  recipientAttempts: DataLoader<string, CallAttempt[]>;
  contactCount: DataLoader<string, number>;
  phoneDnc: DataLoader<string, boolean>;
  waitingReason: DataLoader<string, Waiting | null>;
  tenantUsage: DataLoader<string, TenantUsageFigures>;
  tenantName: DataLoader<string, string>;
}

export function createLoaders(em: EntityManager): Loaders {
  return {
    recipientCounts: recipientCountsLoader(em),
    campaignGateways: campaignGatewaysLoader(em),
    campaignCalendar: campaignCalendarLoader(em),
    recipientPhones: recipientPhonesLoader(em),
    recipientAttempts: recipientAttemptsLoader(em),
    contactCount: contactCountLoader(em),
    phoneDnc: phoneDncLoader(em),
    waitingReason: waitingReasonLoader(em),
    tenantUsage: tenantUsageLoader(em),
    tenantName: tenantNameLoader(em),
  };
}
