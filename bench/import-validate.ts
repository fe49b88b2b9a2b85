/**
 * Validation benchmark: the Node side of an import without the database. 200,000 ADS rows
 * (two numbers, name, code) parsed from CSV text and run through stageBatch (normalise,
 * validate, encode as COPY text) on one thread. Prints microseconds per row for each step:
 * the import's CPU budget on 2 cores is shared with PostgreSQL, so each microsecond counts.
 *   node -r @swc-node/register bench/import-validate.ts     BENCH_ROWS=200000
 */
import { Readable } from 'node:stream';
import { csvParser, csvRecords, type CsvRecord } from '../server/src/imports/csv-records';
import { stageBatch } from '../server/src/imports/stage-batch';
import type { ResolvedMapping } from '../server/src/imports/column-mapping';
import { ImportFormat } from '../server/src/imports/import-types';
import { DEFAULT_INTERNAL_PATTERN } from '../server/src/domain/numbers/direction';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);

function numberAt(i: number): string {
  const areas = ['212', '213', '312', '415', '617', '718', '305', '404'];
  const k = Math.floor(i / areas.length);
  return `${areas[i % areas.length]}${200 + (Math.floor(k / 10000) % 800)}${String(k % 10000).padStart(4, '0')}`;
}

async function main(): Promise<void> {
  let csv = 'TelNumber,FullName,CustomerCode\n';
  for (let i = 0; i < ROWS; i++) csv += `${numberAt(i)}|${numberAt(i + ROWS)},"Customer ${i}",C${i}\n`;
  const mapping: ResolvedMapping = { phones: [0], numberSeparator: '|', columns: ['TelNumber', 'FullName', 'CustomerCode'] };
  const rules = { defaultRegion: 'US', internalPattern: DEFAULT_INTERNAL_PATTERN };

  let t = process.hrtime.bigint();
  const records: CsvRecord[] = [];
  const parser = Readable.from([Buffer.from(csv)]).pipe(csvParser(ImportFormat.CSV, ','));
  for await (const rec of csvRecords(parser)) records.push(rec);
  records.shift(); // the header
  const parseUs = Number(process.hrtime.bigint() - t) / 1000 / ROWS;

  t = process.hrtime.bigint();
  let bytes = 0;
  for (let i = 0; i < records.length; i += 1000) bytes += stageBatch(records.slice(i, i + 1000), mapping, rules).text.length;
  const stageUs = Number(process.hrtime.bigint() - t) / 1000 / ROWS;

  console.log(
    `${ROWS.toLocaleString()} rows: CSV parse ${parseUs.toFixed(1)} µs/row, validate + encode ${stageUs.toFixed(1)} µs/row (${(bytes / ROWS).toFixed(0)} bytes of COPY text per row)`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
