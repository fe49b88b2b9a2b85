import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { Campaign } from '../entities/campaign.entity';
import { badInput, notFound } from '../errors/app-error';
import { accountcodeWhere } from './accountcode-filter';

/** Which campaigns a statistics report covers. All parts are optional and combine with AND. */
export interface CampaignSelection {
  campaignIds?: string[];
  /** Campaigns whose (latest) start is at or after this instant. */
  startedFrom?: Date;
  /** Campaigns whose (latest) start is before this instant. */
  startedTo?: Date;
  /** Campaigns whose calls carry this billing code (reports/accountcode-filter.ts). */
  accountcode?: string;
}

/** Rejects an empty or inverted range with a message naming the field. */
export function checkRange(from: Date | undefined, to: Date | undefined, toField: string): void {
  if (from && to && from.getTime() >= to.getTime()) throw badInput(toField, 'must be later than the start of the range');
}

/**
 * The caller's campaigns a report covers. Deleted campaigns are included on purpose: they
 * were soft-deleted so their history and figures stay reportable. A named id that is not the
 * caller's answers NOT_FOUND, exactly like a missing one.
 */
export async function selectReportCampaigns(em: EntityManager, tenantId: string, sel: CampaignSelection): Promise<Campaign[]> {
  checkRange(sel.startedFrom, sel.startedTo, 'startedTo');
  const ids = sel.campaignIds ? [...new Set(sel.campaignIds)] : undefined;
  const bad = ids?.find((id) => !isUUID(id));
  if (bad !== undefined) throw notFound('Campaign', bad);
  const named = ids ? await em.find(Campaign, { id: { $in: ids }, tenant: tenantId }) : undefined;
  if (ids && named) {
    const missing = ids.find((id) => !named.some((c) => c.id === id));
    if (missing !== undefined) throw notFound('Campaign', missing);
  }
  const started = {
    ...(sel.startedFrom ? { $gte: sel.startedFrom } : {}),
    ...(sel.startedTo ? { $lt: sel.startedTo } : {}),
  };
  const hasRange = sel.startedFrom !== undefined || sel.startedTo !== undefined;
  const code = sel.accountcode ? await accountcodeWhere(em, tenantId, sel.accountcode) : {};
  return em.find(
    Campaign,
    {
      $and: [
        { tenant: tenantId, isTemplate: false, ...(ids ? { id: { $in: ids } } : {}), ...(hasRange ? { startedAt: started } : {}) },
        code,
      ],
    },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}
