import { open } from 'node:fs/promises';
import type { NumberRules } from '../commands/recipient/prepare-recipients';
import { columnNames, isHeaderRow, resolveMapping, type ResolvedMapping } from './column-mapping';
import { csvParser, csvRecords, type CsvRecord } from './csv-records';
import { decodeStream } from './decode-stream';
import { DncMode, DuplicateMode, HeaderMode, ImportCharset, ImportFormat, type ColumnMapping, type ImportOptions } from './import-types';
import { BadFileError, SNIFF_BYTES, decodeSample, detectCharset, detectFormat, detectSeparator, looksBinary } from './sniff';

/** What the user may choose; anything left out is detected. */
export type ImportChoices = Partial<ImportOptions>;

/** Everything needed to read the file, decided once from its first bytes and the choices. */
export interface ImportPlan {
  options: ImportOptions;
  rules: NumberRules;
  /** The first row is a header (USE or SKIP): it is not data. */
  skipFirstRow: boolean;
  /** Null for JSON/NDJSON, whose members name their own fields. */
  mapping: ResolvedMapping | null;
  /** First data rows as cells (CSV/TXT) or as lines (JSON). */
  sampleRows: CsvRecord[];
}

export async function readSample(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Parses the sample's records; the last one may be cut by the sample's end, so it is dropped then. */
async function sampleRecords(
  sample: Buffer,
  whole: boolean,
  format: ImportFormat,
  charset: ImportCharset,
  separator: string,
  limit: number,
): Promise<CsvRecord[]> {
  const parser = csvParser(format, separator);
  const decoder = decodeStream(charset);
  const out: CsvRecord[] = [];
  decoder.pipe(parser);
  decoder.on('error', (err) => parser.destroy(err));
  decoder.end(sample);
  try {
    for await (const r of csvRecords(parser)) {
      out.push(r);
      if (out.length > limit) break;
    }
  } catch (err) {
    // A quote left open by the cut is expected in a partial sample; in a whole file it is the file's fault.
    if (whole) throw new BadFileError(`the file is not valid CSV: ${(err as Error).message}`);
  }
  if (!whole && out.length > 1 && out.length <= limit) out.pop();
  return out;
}

/**
 * Decides how to read the file: charset, format, separator, header and the column mapping,
 * from the user's choices and the first 64 KB. Refuses at once (BadFileError) what cannot
 * be imported: an empty or binary file, text in another charset than stated, no number column.
 */
export async function planImport(
  path: string,
  fileName: string,
  fileSize: number,
  choices: ImportChoices,
  rules: NumberRules,
  previewRows = 20,
): Promise<ImportPlan> {
  if (fileSize === 0) throw new BadFileError('the file is empty');
  const sample = await readSample(path);
  if (looksBinary(sample)) throw new BadFileError('this is a binary file, not CSV, TXT or JSON text');
  const detected = detectCharset(sample);
  const charset = choices.charset ?? detected;
  if (charset === ImportCharset.UTF8 && detected !== ImportCharset.UTF8) {
    throw new BadFileError('the file is not valid UTF-8; choose charset WINDOWS_1252 or LATIN1');
  }
  const text = decodeSample(sample, charset);
  if (text.trim() === '') throw new BadFileError('the file holds no data (only blank lines)');
  const format = choices.format ?? detectFormat(fileName, text);
  const separator = format === ImportFormat.CSV ? choices.separator || detectSeparator(text) : ',';
  const options: ImportOptions = {
    format,
    charset,
    separator,
    header: choices.header ?? HeaderMode.AUTO,
    mapping: choices.mapping ?? null,
    onDuplicate: choices.onDuplicate ?? DuplicateMode.REJECT,
    onDnc: choices.onDnc ?? DncMode.FLAG,
  };
  if (format === ImportFormat.JSON || format === ImportFormat.NDJSON) {
    return { options, rules, skipFirstRow: false, mapping: null, sampleRows: [] };
  }
  const whole = sample.length >= fileSize;
  const records = await sampleRecords(sample, whole, format, charset, separator, previewRows + 1);
  if (records.length === 0) throw new BadFileError('the file holds no rows');
  const numberSeparator = options.mapping?.numberSeparator || '|';
  let header = options.header;
  if (header === HeaderMode.AUTO) {
    header = format === ImportFormat.CSV && isHeaderRow(records[0]!.cells, numberSeparator, rules) ? HeaderMode.USE : HeaderMode.NONE;
  }
  options.header = header;
  const skipFirstRow = header === HeaderMode.USE || header === HeaderMode.SKIP;
  const data = skipFirstRow ? records.slice(1) : records;
  const width = Math.max(...records.map((r) => r.cells.length));
  // SKIP names the columns too: extra columns keep their header names as field names.
  const columns = columnNames(skipFirstRow ? records[0]!.cells : null, width);
  const mapping: ColumnMapping | null = format === ImportFormat.TXT ? { phones: ['1'], numberSeparator } : options.mapping;
  const resolved = resolveMapping(
    columns,
    mapping,
    data.map((r) => r.cells),
    rules,
  );
  return { options, rules, skipFirstRow, mapping: resolved, sampleRows: data.slice(0, previewRows) };
}
