import { parse, type Parser } from 'csv-parse';
import type { Readable } from 'node:stream';
import { ImportFormat } from './import-types';

/** One record of a delimited file: where it starts, its cells, and the line as written. */
export interface CsvRecord {
  row: number;
  cells: string[];
  raw: string;
}

interface ParsedChunk {
  record: string[];
  raw: string;
}

/**
 * RFC 4180 reading (quoted separators and newlines, "" escapes, BOM) that tolerates the files
 * people really export: ragged rows, stray quotes inside unquoted cells, mixed line endings.
 * TXT (one number per line, MOR) is the same reader with no quoting and no separator.
 */
export function csvParser(format: ImportFormat, separator: string): Parser {
  const txt = format === ImportFormat.TXT;
  return parse({
    delimiter: txt ? '\u0001' : separator,
    quote: txt ? false : '"',
    bom: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: 1024 * 1024,
  });
}

const NEWLINE = /\r\n|\r|\n/g;

/**
 * What a parser has ready, as arrays: one promise per batch instead of one per row (and
 * per row again in each async generator on the way), which at a million rows is most of
 * the reading thread's overhead.
 */
export async function* readyBatches<T>(stream: Readable): AsyncGenerator<T[]> {
  // Listened to for the whole read (an 'error' nobody listens to would take the process down).
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const onError = (err: Error): void => {
    failure = err;
    wake?.();
  };
  const onReady = (): void => wake?.();
  stream.on('error', onError).on('readable', onReady).on('end', onReady).on('close', onReady);
  try {
    for (;;) {
      if (failure) throw failure;
      const batch: T[] = [];
      for (let item = stream.read() as T | null; item !== null; item = stream.read() as T | null) batch.push(item);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (stream.errored) throw stream.errored;
      if (stream.readableEnded || stream.destroyed) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    stream.off('error', onError).off('readable', onReady).off('end', onReady).off('close', onReady);
  }
}

/**
 * Rows with their starting line number, a parser batch at a time; blank lines are counted
 * but not returned. Lines are counted from the raw text (CRLF, LF or CR each one line)
 * because the parser's own line counter counts CR and LF separately inside quoted cells.
 */
export async function* csvRecordBatches(parser: Readable): AsyncGenerator<CsvRecord[]> {
  let line = 1;
  for await (const chunks of readyBatches<ParsedChunk>(parser)) {
    const records: CsvRecord[] = [];
    for (const chunk of chunks) {
      const row = line;
      line += chunk.raw.match(NEWLINE)?.length ?? 0;
      const cells = chunk.record;
      if (cells.length === 1 && cells[0]!.trim() === '') continue;
      // PostgreSQL text cannot hold NUL; such a byte in a text file is noise.
      const clean = cells.some((c) => c.includes('\u0000')) ? cells.map((c) => c.replace(/\u0000/g, '')) : cells;
      records.push({
        row,
        cells: clean,
        raw: chunk.raw
          .replace(/\r?\n?$/, '')
          .replace(/\r$/, '')
          .replace(/\u0000/g, ''),
      });
    }
    if (records.length > 0) yield records;
  }
}

/** {@link csvRecordBatches} one row at a time, for the preview's few rows. */
export async function* csvRecords(parser: Readable): AsyncGenerator<CsvRecord> {
  for await (const batch of csvRecordBatches(parser)) yield* batch;
}
