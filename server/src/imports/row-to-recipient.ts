import { isAppError } from '../errors/app-error';
import { prepareRecipients, type NumberRules, type PreparedRecipient } from '../commands/recipient/prepare-recipients';
import type { RecipientData } from '../commands/recipient/recipient-data';
import { DuplicatePolicy } from '../domain/recipient/duplicate-policy';
import { NumberFormat } from '../domain/numbers/number-format';
import { isSupportedRegion } from '../domain/numbers/phone-normalize';
import { usedColumns, type ResolvedMapping } from './column-mapping';
import { RejectCode } from './import-types';

/** Why one row is not imported, and in which column. */
export interface RowReject {
  code: RejectCode;
  column: string | null;
  reason: string;
}

/** A prepared recipient plus the column each of its numbers came from. */
export interface ReadyRow {
  prepared: PreparedRecipient;
  phoneColumns: string[];
}

export type RowResult = { ok: true; row: ReadyRow } | { ok: false; reject: RowReject };

class CellError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

function cell(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** ISO 8601, or a Unix time in seconds or milliseconds. */
function parseDate(text: string, column: string): Date | undefined {
  if (text === '') return undefined;
  const d = /^\d{9,10}$/.test(text) ? new Date(Number(text) * 1000) : /^\d{12,13}$/.test(text) ? new Date(Number(text)) : new Date(text);
  if (Number.isNaN(d.getTime())) throw new CellError(column, `"${text}" is not a date (ISO 8601 or a Unix timestamp)`);
  return d;
}

/** The ADS `*Schedule*` column: `UNIX_TIMESTAMP:EXTENSION` (extension optional). */
function parseSchedule(text: string, column: string): { at: Date; extension?: string } | undefined {
  if (text === '') return undefined;
  const m = /^(\d{9,13})(?::\s*(\S{1,40}))?$/.exec(text);
  if (!m) throw new CellError(column, `"${text}" is not UNIX_TIMESTAMP:EXTENSION`);
  const ts = Number(m[1]);
  return { at: new Date(m[1]!.length > 11 ? ts : ts * 1000), extension: m[2] };
}

const mapped = new WeakMap<ResolvedMapping, ReadonlySet<number>>();

/** The columns a mapping gives a role; computed once per mapping, not once per row. */
function mappedColumns(m: ResolvedMapping): ReadonlySet<number> {
  let used = mapped.get(m);
  if (!used) {
    used = new Set<number>(usedColumns(m));
    mapped.set(m, used);
  }
  return used;
}

/** A CSV row as the API's RecipientData: the same body the GraphQL path validates. */
function toInput(cells: string[], m: ResolvedMapping): { input: RecipientData; phoneColumns: string[] } {
  const col = (i: number | undefined): string => (i === undefined ? '' : (m.columns[i] ?? `col${i + 1}`));
  const communications: RecipientData['communications'] = [];
  const phoneColumns: string[] = [];
  for (const i of m.phones) {
    for (const part of cell(cells, i).split(m.numberSeparator)) {
      if (part.trim() === '') continue;
      communications.push({ number: part.trim() });
      phoneColumns.push(col(i));
    }
  }
  const priorityText = cell(cells, m.priority);
  if (priorityText !== '' && !/^\d{1,3}$/.test(priorityText))
    throw new CellError(col(m.priority), `"${priorityText}" is not a priority (0-100)`);
  const priority = priorityText === '' ? undefined : Number(priorityText);
  if (priority !== undefined && priority > 100) throw new CellError(col(m.priority), `${priority} is above 100`);
  const name =
    m.name !== undefined || !m.nameParts
      ? cell(cells, m.name)
      : m.nameParts
          .map((i) => cell(cells, i))
          .filter((p) => p !== '')
          .join(' ');
  if (name.length > 200) throw new CellError(col(m.name ?? m.nameParts?.[0]), 'the name is longer than 200 characters');
  const schedule = parseSchedule(cell(cells, m.schedule), col(m.schedule));
  const tags = cell(cells, m.tags)
    .split(/[|,;]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const used = mappedColumns(m);
  const variables: Record<string, string> = {};
  // Every other column is kept, ragged rows included: short rows simply lack the last fields.
  cells.forEach((value, i) => {
    if (!used.has(i)) variables[col(i)] = value;
  });
  const input: RecipientData = {
    communications,
    variables,
    tags,
    priority,
    name,
    externalId: cell(cells, m.externalId) || undefined,
    timezone: cell(cells, m.timezone) || undefined,
    expireAt: parseDate(cell(cells, m.expireAt), col(m.expireAt)),
    notBefore: parseDate(cell(cells, m.notBefore), col(m.notBefore)),
    notAfter: parseDate(cell(cells, m.notAfter), col(m.notAfter)),
    callbackAt: schedule?.at,
    callbackExtension: schedule?.extension,
  };
  return { input, phoneColumns };
}

/** Maps prepareRecipients' error path back to the CSV column the user knows. */
function columnOf(field: string, m: ResolvedMapping, phoneColumns: string[]): string | null {
  const phone = /communications\[(\d+)\]/.exec(field);
  if (phone) return phoneColumns[Number(phone[1])] ?? null;
  if (field.endsWith('.communications')) return phoneColumns[0] ?? null;
  const role = (['timezone', 'notAfter', 'notBefore'] as const).find((r) => field.endsWith(`.${r}`));
  const index = role ? m[role] : undefined;
  return index === undefined ? null : (m.columns[index] ?? null);
}

/**
 * One row's fate: ready to stage, or rejected with column and reason. Validation and
 * normalisation are the JSON path's own (prepareRecipients), one row at a time, so a bad row
 * rejects itself instead of the whole file.
 */
export function rowToRecipient(cells: string[], m: ResolvedMapping, rules: NumberRules): RowResult {
  let built: { input: RecipientData; phoneColumns: string[] };
  let rowRules = rules;
  try {
    built = toInput(cells, m);
    rowRules = withRowRegion(cells, m, rules);
  } catch (err) {
    if (err instanceof CellError) return { ok: false, reject: { code: RejectCode.INVALID_VALUE, column: err.column, reason: err.message } };
    throw err;
  }
  if (built.input.communications.length === 0) {
    const column = m.phones.map((i) => m.columns[i] ?? `col${i + 1}`).join(', ');
    return { ok: false, reject: { code: RejectCode.NO_NUMBER, column, reason: 'no phone number in this row' } };
  }
  return prepareInput(built.input, rowRules, (field) => columnOf(field, m, built.phoneColumns), built.phoneColumns);
}

/** E164 with a region column: the row's numbers are read in its own region (blank: the target's). */
function withRowRegion(cells: string[], m: ResolvedMapping, rules: NumberRules): NumberRules {
  const region = cell(cells, m.region);
  if (region === '' || rules.format === NumberFormat.AS_DIALED) return rules;
  if (!/^[A-Za-z]{2}$/.test(region) || !isSupportedRegion(region))
    throw new CellError(m.columns[m.region!] ?? 'region', `"${region}" is not an ISO 3166 alpha-2 region phone numbers can be read in`);
  return { ...rules, defaultRegion: region.toUpperCase() };
}

/** Runs one RecipientData (CSV row or JSON member) through the shared rules. */
export function prepareInput(
  input: RecipientData,
  rules: NumberRules,
  columnFor: (field: string) => string | null,
  phoneColumns: string[],
): RowResult {
  if (input.communications.length === 0)
    return {
      ok: false,
      reject: {
        code: RejectCode.NO_NUMBER,
        column: phoneColumns[0] ?? columnFor('.communications'),
        reason: 'no phone number in this row',
      },
    };
  if (input.communications.length > 10)
    return {
      ok: false,
      reject: {
        code: RejectCode.INVALID_VALUE,
        column: columnFor('.communications'),
        reason: `${input.communications.length} numbers; at most 10 per recipient`,
      },
    };
  try {
    const { prepared } = prepareRecipients([input], rules, DuplicatePolicy.REJECT);
    return { ok: true, row: { prepared: prepared[0]!, phoneColumns } };
  } catch (err) {
    // A wrong field becomes a rejected row; anything else is a real failure.
    if (!isAppError(err) || !err.field) throw err;
    const field = err.field;
    const reason = err.message.slice(err.message.indexOf(': ') + 2);
    const code = /communications\[\d+\]\.number$/.test(field)
      ? RejectCode.INVALID_NUMBER
      : field.endsWith('.communications')
        ? RejectCode.DUPLICATE
        : RejectCode.INVALID_VALUE;
    return { ok: false, reject: { code, column: columnFor(field), reason } };
  }
}
