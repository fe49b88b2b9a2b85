import type express from 'express';
import { Permission } from '../auth/permission';
import { loadOwned } from '../commands/load-owned';
import { RecipientState } from '../domain/recipient/recipient-state';
import { Campaign } from '../entities/campaign.entity';
import { ErrorCode, isAppError } from '../errors/app-error';
import { logger } from '../logger';
import { writeDetailedCsv } from '../reports/detailed-csv';
import type { DetailedFilter } from '../reports/detailed-report';
import { checkRange } from '../reports/report-campaigns';
import type { RouteDeps, RouteMount } from './api-server';
import { authorizeRoute } from './import-auth';

class QueryError extends Error {}

function one(query: express.Request['query'], name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new QueryError(`${name}: give it once, not empty`);
  return v;
}

function date(query: express.Request['query'], name: string): Date | undefined {
  const v = one(query, name);
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new QueryError(`${name}: "${v}" is not an ISO 8601 date-time`);
  return d;
}

/** The detailed report's filters from the query string: state=A,B tag= text= from= to= (last attempt). */
function parseFilter(query: express.Request['query']): DetailedFilter {
  const states = one(query, 'state')
    ?.split(',')
    .map((s) => s.trim());
  const bad = states?.find((s) => !(Object.values(RecipientState) as string[]).includes(s));
  if (bad !== undefined) throw new QueryError(`state: "${bad}" is not one of ${Object.values(RecipientState).join(', ')}`);
  const filter: DetailedFilter = {
    states: states as RecipientState[] | undefined,
    tag: one(query, 'tag'),
    text: one(query, 'text'),
    lastAttemptFrom: date(query, 'from'),
    lastAttemptTo: date(query, 'to'),
  };
  checkRange(filter.lastAttemptFrom, filter.lastAttemptTo, 'to');
  return filter;
}

function fail(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * GET /reports/campaigns/:id/recipients.csv: the detailed report, streamed (see detailed-csv.ts).
 * Same auth as GraphQL; another tenant's campaign is a 404 like a missing one.
 */
export const reportRoutes: RouteMount = (app: express.Express, deps: RouteDeps) => {
  app.get('/reports/campaigns/:id/recipients.csv', async (req, res) => {
    const ctx = await authorizeRoute(req, res, deps, Permission.READ);
    if (!ctx) return;
    let filter: DetailedFilter;
    let campaign: Campaign;
    try {
      filter = parseFilter(req.query);
      campaign = await loadOwned(ctx.em, Campaign, 'Campaign', req.params.id, ctx.principal.tenantId);
    } catch (err) {
      if (err instanceof QueryError) return fail(res, 400, ErrorCode.BAD_USER_INPUT, err.message);
      if (isAppError(err, ErrorCode.NOT_FOUND)) return fail(res, 404, ErrorCode.NOT_FOUND, err.message);
      if (isAppError(err, ErrorCode.BAD_USER_INPUT)) return fail(res, 400, ErrorCode.BAD_USER_INPUT, err.message);
      throw err;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${campaign.name.replace(/[^\w.-]/g, '_') || 'campaign'}.recipients.csv"`);
    try {
      await writeDetailedCsv(ctx.em, campaign.id, filter, res);
    } catch (err) {
      // A client that hangs up mid-download is normal; anything else is logged.
      if (!res.destroyed) logger.error({ err, campaignId: campaign.id }, 'detailed report export failed');
      if (!res.headersSent) fail(res, 500, 'INTERNAL', 'export failed');
      else res.destroy();
    }
  });
};
