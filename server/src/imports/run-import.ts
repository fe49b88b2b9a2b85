import type { EntityManager } from '@mikro-orm/postgresql';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { importTuning } from '../config';
import type { EventBus } from '../events/event-bus';
import { logger } from '../logger';
import { csvParser } from './csv-records';
import { decodeStream } from './decode-stream';
import { chunkedCopy } from './chunked-copy';
import { commitImport } from './finish-import';
import { moveChunk, type ImportTotals } from './move-chunk';
import { ImportProgress, type ImportCounters } from './import-progress';
import type { ImportSpec } from './import-spec';
import { ImportFormat, ImportStatus } from './import-types';
import { jsonStageLines } from './json-records';
import { csvStageLines } from './stage-lines';
import { BadFileError } from './sniff';
import { StagePool, importWorkers } from './stage-pool';
import { CREATE_IDS, CREATE_STAGE, CREATE_STAGE_PHONES, STAGE_CAMPAIGN_IDS } from './stage-table';

/** Rows moved per step while the next ones are read: big enough to amortise, small enough to stay flat. */
const CHUNK_ROWS = (): number => importTuning().PACER_IMPORT_CHUNK_ROWS;

/** Below this size worker threads cost more to start than they save. */
const PARALLEL_MIN_BYTES = (): number => importTuning().PACER_IMPORT_PARALLEL_BYTES;

export interface ImportJobRef {
  id: string;
  tenantId: string;
  filePath: string;
  fileSize: number;
}

/** What a run needs from the app: a URL for its own connection, an EntityManager for progress, the bus. */
export interface ImportDeps {
  databaseUrl: string;
  em: EntityManager;
  bus: EventBus;
}

/** Logs each statement's duration (PACER_IMPORT_TRACE=1): for tuning the set-based steps. */
function traceQueries(client: Client): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const result = query(...args);
    if (typeof args[0] !== 'string' || !(result instanceof Promise)) return result;
    const t = Date.now();
    return result.then((r: unknown) => {
      logger.info({ ms: Date.now() - t, sql: (args[0] as string).slice(0, 80) }, 'import sql');
      return r;
    });
  };
}

/** A message for the job's `error`: ours and the parser's are for people; the rest is logged and masked. */
function describe(err: unknown): string {
  if (err instanceof BadFileError) return err.message;
  const e = err as { code?: string; message?: string };
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) return `the file is not valid CSV: ${e.message ?? e.code}`;
  if (e.code === '23505') return 'another import added some of these numbers at the same time; nothing was imported, start it again';
  return 'the import failed unexpectedly; nothing was imported (see the server log)';
}

/**
 * Runs one import in one transaction: the file streams through decoding, parsing and row
 * validation into COPY chunks of the staging table (memory stays flat: backpressure end to
 * end), each chunk moved into place set-based while the next is read; the rejected rows are
 * recorded; commit at the end. A failure anywhere rolls everything back: an import is all
 * its valid rows or nothing.
 */
export async function runImport(deps: ImportDeps, job: ImportJobRef, spec: ImportSpec): Promise<void> {
  const counters: ImportCounters = { bytesRead: 0, rowsRead: 0, imported: 0, rejected: 0, merged: 0, flaggedDnc: 0 };
  const progress = new ImportProgress(deps.em, deps.bus, job);
  const client = new Client({ connectionString: deps.databaseUrl, application_name: `pacer-import-${job.id.slice(0, 8)}` });
  client.on('error', (err) => logger.warn({ err, importId: job.id }, 'import connection error'));
  let status = ImportStatus.FAILED;
  let pool: StagePool | null = null;
  let error: string | null = null;
  const t0 = Date.now();
  try {
    await client.connect();
    if (importTuning().PACER_IMPORT_TRACE === '1') traceQueries(client);
    // Session-only: the set-based steps sort and hash millions of rows; PostgreSQL's small
    // defaults would spill them to disk. temp_buffers must be set before the first temp table.
    await client.query("set work_mem = '64MB'");
    await client.query("set temp_buffers = '128MB'");
    await client.query('begin');
    await client.query(CREATE_STAGE);
    if (spec.target.kind === 'campaign') await client.query(STAGE_CAMPAIGN_IDS);
    await client.query(CREATE_STAGE_PHONES);
    await client.query(CREATE_IDS);
    const totals: ImportTotals = { imported: 0, merged: 0, rejected: 0, flaggedDnc: 0 };
    // Campaigns check duplicates through the unique index, so chunks cost nothing extra (DNC
    // lists likewise); a list's numbers live in jsonb, so a list import is moved in one piece.
    const chunkRows = spec.target.kind === 'list' ? Number.POSITIVE_INFINITY : CHUNK_ROWS();
    let chunks = 0;
    const optimistic = { tried: 0, missed: 0, checked: 0 };
    const sink = chunkedCopy(client, chunkRows, () => moveChunk(client, job.id, job.tenantId, spec, totals, chunks++ === 0, optimistic));
    const file = createReadStream(job.filePath, { highWaterMark: 64 * 1024 });
    file.on('data', (chunk) => {
      counters.bytesRead += chunk.length;
    });
    const { format, charset, separator } = spec.options;
    if (format === ImportFormat.CSV || format === ImportFormat.TXT) {
      pool =
        spec.mapping && importWorkers() > 0 && job.fileSize >= PARALLEL_MIN_BYTES()
          ? new StagePool(spec.mapping, spec.rules, importWorkers())
          : null;
      await pipeline(
        file,
        decodeStream(charset),
        csvParser(format, separator),
        (src) => csvStageLines(src, spec, counters, progress, pool),
        sink,
      );
    } else {
      await pipeline(file, decodeStream(charset), (src) => jsonStageLines(src, format, spec, counters, progress), sink);
    }
    const streamMs = Date.now() - t0;
    await commitImport(client, deps.bus, job, spec, counters, totals);
    status = ImportStatus.COMPLETED;
    logger.info(
      { importId: job.id, rows: counters.rowsRead, streamMs, commitMs: Date.now() - t0 - streamMs, memory: process.memoryUsage() },
      'import completed',
    );
  } catch (err) {
    error = describe(err);
    Object.assign(counters, { imported: 0, merged: 0, flaggedDnc: 0 }); // rolled back
    if (!(err instanceof BadFileError)) logger.error({ err, importId: job.id }, 'import failed');
    await client.query('rollback').catch(() => undefined);
    await deps.em
      .getConnection()
      .execute('update import_job set status = ?, error = ?, finished_at = now(), rows_read = ?, bytes_read = ? where id = ?', [
        ImportStatus.FAILED,
        error,
        counters.rowsRead,
        counters.bytesRead,
        job.id,
      ])
      .catch((e: unknown) => logger.error({ err: e, importId: job.id }, 'could not mark the import failed'));
  } finally {
    await pool?.close();
    await client.end().catch(() => undefined);
    await rm(job.filePath, { force: true }).catch(() => undefined);
  }
  await progress.finish(counters, status, error);
}
