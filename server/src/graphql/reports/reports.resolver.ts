import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '../../auth/permission';
import { loadOwned } from '../../commands/load-owned';
import { Campaign } from '../../entities/campaign.entity';
import { campaignStatistics } from '../../reports/campaign-statistics';
import { detailedReportPage } from '../../reports/detailed-report';
import { checkRange, selectReportCampaigns } from '../../reports/report-campaigns';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { PageArgs } from '../common/page.input';
import { requirePrincipal, type Context } from '../context';
import { badInput } from '../../errors/app-error';
import { CampaignStatistics } from './campaign-statistics.type';
import { RecipientReportFilterInput } from './report-filter.input';
import { RecipientReportConnection } from './report-row.type';
import { StatisticsFilterInput } from './statistics-filter.input';
import { COST } from '../limits/cost-model';

/**
 * Reports: statistics by campaign and the detailed report. Both read deleted campaigns too
 * (soft delete keeps their rows); another tenant's campaign is NOT_FOUND.
 */
@Resolver()
export class ReportsResolver {
  @Authorized(Permission.READ)
  @Query(() => CampaignStatistics, {
    description: 'Counts and percentages by state, outcome, attempts and tag, plus call totals',
    complexity: COST.statistics,
  })
  async campaignStatistics(
    @Ctx() ctx: Context,
    @Arg('filter', () => StatisticsFilterInput, { nullable: true }) filter?: StatisticsFilterInput,
  ): Promise<CampaignStatistics> {
    const campaigns = await selectReportCampaigns(ctx.em, requirePrincipal(ctx).tenantId, filter ?? {});
    const stats = await campaignStatistics(
      ctx.em,
      campaigns.map((c) => c.id),
    );
    return { ...stats, campaigns };
  }

  @Authorized(Permission.READ)
  @Query(() => RecipientReportConnection, {
    description: 'Detailed report: one row per recipient in list order. CSV: GET /reports/campaigns/:id/recipients.csv',
    complexity: COST.report,
  })
  async recipientReport(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => RecipientReportFilterInput, { nullable: true }) filter?: RecipientReportFilterInput,
  ): Promise<RecipientReportConnection> {
    const campaign = await loadOwned(ctx.em, Campaign, 'Campaign', campaignId, requirePrincipal(ctx).tenantId);
    const f = filter ?? {};
    checkRange(f.lastAttemptFrom, f.lastAttemptTo, 'filter.lastAttemptTo');
    const after = page.after ? String(decodeCursor(page.after, 1)[0]) : null;
    if (after !== null && !/^\d{1,18}$/.test(after)) throw badInput('after', 'is not a cursor this list returned');
    const rows = await detailedReportPage(ctx.em, campaign.id, { ...f, states: f.state }, after, page.first + 1);
    const nodes = rows.slice(0, page.first);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor([last.id]) : null } };
  }
}
