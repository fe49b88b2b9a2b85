import { csvRecords, type CsvRecord } from './csv-records';
import type { ImportCounters, ImportProgress } from './import-progress';
import type { ImportSpec } from './import-spec';
import { rowToRecipient } from './row-to-recipient';
import { BadFileError } from './sniff';
import { readyLine, rejectLine } from './stage-table';

/** Rows per COPY write: big enough to amortise the stream, small enough to stay flat. */
const BATCH = 500;

type Parsed = Parameters<typeof csvRecords>[0];

/** CSV/TXT rows to COPY text, each row ready or rejected with its reason. */
export async function* csvStageLines(source: AsyncIterable<unknown>, spec: ImportSpec, counters: ImportCounters, progress: ImportProgress): AsyncGenerator<string> {
  const mapping = spec.mapping;
  if (!mapping) throw new BadFileError('no column mapping for a CSV import');
  let first = true;
  let buf = '';
  let n = 0;
  for await (const rec of csvRecords(source as Parsed) as AsyncIterable<CsvRecord>) {
    if (first) {
      first = false;
      if (spec.skipFirstRow) continue;
    }
    counters.rowsRead++;
    const result = rowToRecipient(rec.cells, mapping, spec.rules);
    if (result.ok) {
      buf += readyLine(rec.row, result.row, rec.raw);
    } else {
      counters.rejected++;
      buf += rejectLine(rec.row, result.reject, rec.raw);
    }
    if (++n === BATCH) {
      yield buf;
      buf = '';
      n = 0;
      progress.tick(counters);
    }
  }
  if (counters.rowsRead === 0) throw new BadFileError('the file holds no data rows');
  if (buf) yield buf;
}
