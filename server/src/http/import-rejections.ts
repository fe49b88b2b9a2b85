import type express from 'express';
import { isUUID } from 'class-validator';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { Permission } from '../auth/permission';
import { ImportJob } from '../entities/import-job.entity';
import { logger } from '../logger';
import type { RouteDeps } from './api-server';
import { authorizeRoute } from './import-auth';

/**
 * GET /imports/:id/rejections.csv: every rejected row (row, column, code, reason, the line as
 * it was), streamed by PostgreSQL's COPY so a million rejections cost no server memory.
 */
export function mountImportRejections(app: express.Express, deps: RouteDeps): void {
  app.get('/imports/:id/rejections.csv', async (req, res) => {
    const ctx = await authorizeRoute(req, res, deps, Permission.READ);
    if (!ctx) return;
    const id = req.params.id;
    const job = isUUID(id) ? await ctx.em.findOne(ImportJob, { id, tenant: ctx.principal.tenantId }) : null;
    if (!job) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `Import ${id} was not found` } });
      return;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${job.fileName.replace(/[^\w.-]/g, '_')}.rejections.csv"`);
    const client = new Client({ connectionString: deps.orm.config.get('clientUrl') });
    try {
      await client.connect();
      // COPY takes no parameters; the id is a checked UUID of the caller's own job.
      const sql = `copy (select row_no as "row", column_name as "column", code, reason, original_line as "line"
        from import_rejection where job_id = '${job.id}' order by row_no, id) to stdout with (format csv, header true)`;
      await pipeline(client.query(copyTo(sql)), res);
    } catch (err) {
      logger.error({ err, importId: job.id }, 'rejections export failed');
      if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL', message: 'export failed' } });
      else res.destroy();
    } finally {
      await client.end().catch(() => undefined);
    }
  });
}
