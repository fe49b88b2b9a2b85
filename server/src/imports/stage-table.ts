import { sqlArray } from '../db/sql-array';
import type { RowReject, ReadyRow } from './row-to-recipient';

/**
 * The per-import staging table: a TEMP table on the import's own connection, so it needs no
 * WAL, is invisible to others and disappears with the connection whatever happens. Every
 * row of the file lands here (ready or rejected); set-based SQL then moves the ready ones.
 */
export const CREATE_STAGE = `create temp table import_stage (
  rid bigint, row_no integer not null, name text, external_id text, priority integer, time_zone text,
  expire_at timestamptz, not_before timestamptz, not_after timestamptz, callback_at timestamptz,
  callback_extension text, fields jsonb, tags text[], phones text[], prios integer[], phone_cols text[],
  original_line text, code text, column_name text, reason text, dnc boolean not null default false
)`;

/**
 * A campaign import's recipient ids are drawn from the sequence as the rows are copied, so
 * they follow the file's order (the dialer's list order) without a sort or a second copy of
 * the chunk; rows rejected later leave gaps, which ids may have.
 */
export const STAGE_CAMPAIGN_IDS =
  "alter table import_stage alter column rid set default nextval(pg_get_serial_sequence('campaign_recipient', 'id'))";

/** Each chunk's numbers, one row per number: what the duplicate and DNC checks join on. */
export const CREATE_STAGE_PHONES = 'create temp table stage_phone (row_no integer not null, number text not null, col text)';

/** Ids this import created, by row: later chunks name the row a duplicate number came from. */
export const CREATE_IDS = 'create temp table import_ids (rid bigint not null, row_no integer not null)';

export const COPY_STAGE = `copy import_stage (row_no, name, external_id, priority, time_zone, expire_at, not_before, not_after,
  callback_at, callback_extension, fields, tags, phones, prios, phone_cols, original_line, code, column_name, reason) from stdin`;

/** COPY text format: backslash, newline, CR and tab escaped; null is \N. */
function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const s = String(value);
  return /[\\\n\r\t]/.test(s)
    ? s.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'))
    : s;
}

/** One COPY line for a row ready to import. */
export function readyLine(rowNo: number, r: ReadyRow, originalLine: string): string {
  const p = r.prepared;
  return (
    [
      rowNo,
      esc(p.name),
      esc(p.externalId),
      p.priority,
      esc(p.timeZone),
      esc(p.expireAt),
      esc(p.notBefore),
      esc(p.notAfter),
      esc(p.callbackAt),
      esc(p.callbackExtension),
      esc(JSON.stringify(p.fields)),
      esc(sqlArray(p.tags)),
      esc(sqlArray(p.phones.map((x) => x.number))),
      sqlArray(p.phones.map((x) => x.priority)),
      esc(sqlArray(r.phoneColumns)),
      esc(originalLine),
      '\\N',
      '\\N',
      '\\N',
    ].join('\t') + '\n'
  );
}

/** One COPY line for a rejected row: only where, why and the line itself. */
export function rejectLine(rowNo: number, r: RowReject, originalLine: string): string {
  return `${rowNo}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${esc(originalLine)}\t${r.code}\t${esc(r.column)}\t${esc(r.reason)}\n`;
}
