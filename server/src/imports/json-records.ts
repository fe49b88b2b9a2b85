import { ImportFormat, RejectCode } from './import-types';
import type { ImportCounters, ImportProgress } from './import-progress';
import type { ImportSpec } from './import-spec';
import { jsonArrayMembers } from './json-array-stream';
import { MemberError, memberToInput } from './json-member';
import { prepareInput, type RowResult } from './row-to-recipient';
import { BadFileError } from './sniff';
import { readyLine, rejectLine } from './stage-table';

function member(value: unknown, spec: ImportSpec): RowResult {
  try {
    const input = memberToInput(value);
    return prepareInput(
      input,
      spec.rules,
      (field) => field.replace(/^recipients\[\d+\]\.?/, '') || null,
      input.communications.map((_, j) => `communications[${j}].number`),
    );
  } catch (err) {
    if (err instanceof MemberError)
      return { ok: false, reject: { code: RejectCode.INVALID_VALUE, column: err.field || null, reason: err.message } };
    throw err;
  }
}

/** NDJSON lines (or a JSON array's members) to COPY text; a row is a line (or a member's position). */
async function* members(
  source: AsyncIterable<Buffer>,
  format: ImportFormat,
): AsyncGenerator<{ row: number; value: unknown; raw: string; bad?: string }> {
  if (format === ImportFormat.JSON) {
    for await (const m of jsonArrayMembers(source)) yield { ...m, raw: JSON.stringify(m.value) };
    return;
  }
  let rest = '';
  let row = 0;
  const decoder = new TextDecoder();
  const lines = function* (text: string): Generator<{ row: number; value: unknown; raw: string; bad?: string }> {
    for (const line of text.split('\n')) {
      row++;
      const raw = line.replace(/\r$/, '').replace(/^\uFEFF/, '');
      if (raw.trim() === '') continue;
      try {
        yield { row, value: JSON.parse(raw), raw };
      } catch (err) {
        yield { row, value: null, raw, bad: (err as Error).message };
      }
    }
  };
  for await (const c of source) {
    const text = rest + decoder.decode(c, { stream: true });
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(cut + 1);
    yield* lines(text.slice(0, cut));
  }
  rest += decoder.decode();
  if (rest.trim() !== '') yield* lines(rest);
}

export async function* jsonStageLines(
  source: AsyncIterable<Buffer>,
  format: ImportFormat,
  spec: ImportSpec,
  counters: ImportCounters,
  progress: ImportProgress,
): AsyncGenerator<string> {
  let buf = '';
  for await (const m of members(source, format)) {
    counters.rowsRead++;
    const result: RowResult =
      m.bad !== undefined
        ? { ok: false, reject: { code: RejectCode.INVALID_VALUE, column: null, reason: `not valid JSON: ${m.bad}` } }
        : member(m.value, spec);
    if (result.ok) buf += readyLine(m.row, result.row, m.raw);
    else {
      counters.rejected++;
      buf += rejectLine(m.row, result.reject, m.raw);
    }
    if (buf.length > 256 * 1024) {
      yield buf;
      buf = '';
      progress.tick(counters);
    }
  }
  if (counters.rowsRead === 0) throw new BadFileError('the file holds no recipients');
  if (buf) yield buf;
}
