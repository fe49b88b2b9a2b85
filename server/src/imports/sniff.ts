import iconv from 'iconv-lite';
import { ImportCharset, ImportFormat } from './import-types';

/** How much of a file we look at to guess what it is. */
export const SNIFF_BYTES = 64 * 1024;

/** Why a file is refused before any row is read. */
export class BadFileError extends Error {}

/**
 * Binary files (images, zip, xlsx, pdf) carry NUL bytes or many control characters early on;
 * text files of every charset we accept do not.
 */
export function looksBinary(sample: Buffer): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.01;
}

/** UTF-8 when the sample decodes cleanly (a multibyte char cut at the end is fine), Windows-1252 otherwise. */
export function detectCharset(sample: Buffer): ImportCharset {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return ImportCharset.UTF8;
  } catch {
    return ImportCharset.WINDOWS_1252;
  }
}

/** The sample as text in the given charset (BOM removed). */
export function decodeSample(sample: Buffer, charset: ImportCharset): string {
  const text =
    charset === ImportCharset.UTF8
      ? new TextDecoder('utf-8').decode(sample, { stream: true })
      : iconv.decode(sample, charset === ImportCharset.LATIN1 ? 'latin1' : 'win1252');
  return text.replace(/^\uFEFF/, '');
}

/** JSON/NDJSON by content ({ or [ first), TXT by name or when every line is a single token, CSV otherwise. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const lower = fileName.toLowerCase();
  const first = text.trimStart()[0];
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return ImportFormat.NDJSON;
  if (first === '[') return ImportFormat.JSON;
  if (first === '{') return lower.endsWith('.json') && !/}\s*\r?\n\s*{/.test(text) ? ImportFormat.JSON : ImportFormat.NDJSON;
  if (lower.endsWith('.txt')) return ImportFormat.TXT;
  return ImportFormat.CSV;
}

const SEPARATORS = [',', ';', '\t', '|'] as const;

/** Counts a separator outside double quotes in one line. */
function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/**
 * The separator that splits the first lines into the same number of columns, header
 * included. `|` also separates numbers inside the ADS lists' first column, so it only wins
 * when it is the one consistent candidate; ties go to the order `,` `;` tab `|`.
 */
export function detectSeparator(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  if (lines.length > 1 && !text.endsWith('\n')) lines.pop(); // the last line may be cut by the sample
  let best: { sep: string; score: number } = { sep: ',', score: 0 };
  for (const sep of SEPARATORS) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 10 + Math.min(first, 5) / 10;
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
}
