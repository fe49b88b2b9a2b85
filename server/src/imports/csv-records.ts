import { parse, type Parser } from 'csv-parse';
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
 * Rows with their starting line number; blank lines are counted but not yielded. Lines are
 * counted from the raw text (CRLF, LF or CR each one line) because the parser's own line
 * counter counts CR and LF separately inside quoted cells.
 */
export async function* csvRecords(parser: AsyncIterable<ParsedChunk>): AsyncGenerator<CsvRecord> {
  let line = 1;
  for await (const chunk of parser) {
    const row = line;
    line += chunk.raw.match(NEWLINE)?.length ?? 0;
    const cells = chunk.record;
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    // PostgreSQL text cannot hold NUL; such a byte in a text file is noise.
    const clean = cells.some((c) => c.includes('\u0000')) ? cells.map((c) => c.replace(/\u0000/g, '')) : cells;
    yield { row, cells: clean, raw: chunk.raw.replace(/\r?\n?$/, '').replace(/\r$/, '').replace(/\u0000/g, '') };
  }
}
