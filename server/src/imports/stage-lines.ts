import type { Readable } from 'node:stream';
import { csvRecordBatches, type CsvRecord } from './csv-records';
import type { ImportCounters, ImportProgress } from './import-progress';
import type { ImportSpec } from './import-spec';
import { stageBatch, type StagedBatch } from './stage-batch';
import type { StagePool } from './stage-pool';
import { BadFileError } from './sniff';

/**
 * Rows per batch: big enough to amortise messages and COPY writes, small enough that a batch's
 * COPY text (~200 bytes a row) stays under V8's large-object size (~128 KB). Larger strings
 * are allocated in the old space, which only a full collection frees: with 1,000-row batches
 * the heap grew by 100+ MB between collections.
 */
const BATCH = 250;
/** …or fewer rows when they are wide: a batch's text stays small, and so does a worker's heap. */
const BATCH_BYTES = 64 * 1024;

/**
 * CSV/TXT rows to COPY text, each row ready or rejected with its reason. With a pool, batches
 * are validated in worker threads, a bounded number in flight (memory stays flat), and taken
 * back in the order they were sent: a campaign's ids are drawn in COPY order, which is then
 * the file's order.
 */
export async function* csvStageLines(
  source: Readable,
  spec: ImportSpec,
  counters: ImportCounters,
  progress: ImportProgress,
  pool: StagePool | null,
): AsyncGenerator<string> {
  const mapping = spec.mapping;
  if (!mapping) throw new BadFileError('no column mapping for a CSV import');
  const inFlight: Array<Promise<StagedBatch>> = [];
  const maxInFlight = pool ? pool.size * 4 : 0; // a few per worker, so none waits for the next
  const done = (b: StagedBatch): string => {
    counters.rejected += b.rejected;
    progress.tick(counters);
    return b.text;
  };
  const submit = (records: CsvRecord[]): Promise<StagedBatch> | StagedBatch =>
    pool ? pool.stage(records) : stageBatch(records, mapping, spec.rules);
  let first = true;
  let batch: CsvRecord[] = [];
  let batchBytes = 0;
  for await (const records of csvRecordBatches(source)) {
    for (const rec of records) {
      if (first) {
        first = false;
        if (spec.skipFirstRow) continue;
      }
      counters.rowsRead++;
      batch.push(rec);
      batchBytes += rec.raw.length;
      if (batch.length < BATCH && batchBytes < BATCH_BYTES) continue;
      const staged = submit(batch);
      batch = [];
      batchBytes = 0;
      if (!(staged instanceof Promise)) {
        yield done(staged);
        continue;
      }
      inFlight.push(staged);
      if (inFlight.length >= maxInFlight) yield done(await inFlight.shift()!);
    }
  }
  if (batch.length > 0) inFlight.push(Promise.resolve(submit(batch)));
  while (inFlight.length > 0) yield done(await inFlight.shift()!);
  if (counters.rowsRead === 0) throw new BadFileError('the file holds no data rows');
}
