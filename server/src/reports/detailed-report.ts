import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array';
import type { CallOutcome } from '../domain/call/call-outcome';
import type { RecipientState } from '../domain/recipient/recipient-state';
import { isFinalRecipientState } from '../domain/recipient/recipient-figures';

/** Filters of the detailed report; every part optional, combined with AND. */
export interface DetailedFilter {
  states?: RecipientState[];
  /** Recipients carrying this tag. */
  tag?: string;
  /** Part of the name, external id or original line (case-insensitive). */
  text?: string;
  /** Last attempt at or after this instant. */
  lastAttemptFrom?: Date;
  /** Last attempt before this instant. */
  lastAttemptTo?: Date;
}

/** One line of the detailed report: the recipient's full record and where it ended up. */
export interface DetailedRow {
  id: string;
  externalId: string | null;
  name: string;
  numbers: string[];
  state: RecipientState;
  /** recipient-figures.ts: never dialed again without a person's action. */
  final: boolean;
  /** Counted attempts (what byAttempts groups by). */
  attempts: number;
  lastOutcome: CallOutcome | null;
  lastDurationSeconds: number | null;
  lastAttemptAt: Date | null;
  tags: string[];
  disposition: string | null;
  comment: string | null;
  fields: Record<string, string>;
  originalLine: string | null;
  /** The billing code its calls carry: the campaign's, else the tenant's (as now, not as of each call). */
  accountcode: string | null;
  createdAt: Date;
}

interface RawRow {
  id: string;
  external_id: string | null;
  name: string;
  numbers: string[] | null;
  state: RecipientState;
  attempts: number;
  last_outcome: CallOutcome | null;
  last_duration_seconds: number | null;
  last_attempt_at: string | Date | null;
  tags: string[];
  disposition: string | null;
  comment: string | null;
  fields: Record<string, string>;
  original_line: string | null;
  accountcode: string | null;
  created_at: string | Date;
}

/** The ORM's pool hands timestamptz back as PostgreSQL text ('2026-03-01 11:00:00.5+00'); ISO-ify it. */
function pgDate(v: string | Date): Date {
  return v instanceof Date ? v : new Date(v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

/**
 * One keyset page (by recipient id, i.e. list order) of the detailed report. Everything the
 * report shows is kept on the recipient row by the dialer, so a page is an index range scan
 * plus one indexed phone lookup per row: the first page costs the same at 10 rows or 1M.
 */
export async function detailedReportPage(
  em: EntityManager,
  campaignId: string,
  filter: DetailedFilter,
  afterId: string | null,
  limit: number,
): Promise<DetailedRow[]> {
  const where: string[] = ['r.campaign_id = ?'];
  const params: unknown[] = [campaignId];
  if (filter.states?.length) {
    where.push('r.state = any(?::recipient_state[])');
    params.push(sqlArray(filter.states));
  }
  if (filter.tag) {
    where.push('r.tags @> array[?]::text[]');
    params.push(filter.tag);
  }
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push('(r.name ilike ? or r.external_id ilike ? or r.original_line ilike ?)');
    params.push(like, like, like);
  }
  if (filter.lastAttemptFrom) {
    where.push('r.last_attempt_at >= ?');
    params.push(filter.lastAttemptFrom);
  }
  if (filter.lastAttemptTo) {
    where.push('r.last_attempt_at < ?');
    params.push(filter.lastAttemptTo);
  }
  if (afterId !== null) {
    where.push('r.id > ?');
    params.push(afterId);
  }
  params.push(limit);
  const rows = await em.getConnection().execute<RawRow[]>(
    `select r.id, r.external_id, r.name, r.state, r.attempts, r.last_outcome, r.last_duration_seconds, r.last_attempt_at,
            r.tags, r.disposition, r.comment, r.fields, r.original_line, r.created_at,
            array(select p.number from recipient_phone p where p.recipient_id = r.id order by p.priority desc, p.id) numbers,
            (select coalesce(c.accountcode, ts.accountcode) from campaign c left join tenant_settings ts on ts.tenant_id = c.tenant_id
              where c.id = r.campaign_id) accountcode
       from campaign_recipient r where ${where.join(' and ')} order by r.id limit ?`,
    params,
  );
  return rows.map((r) => ({
    id: String(r.id),
    externalId: r.external_id,
    name: r.name,
    numbers: r.numbers ?? [],
    state: r.state,
    final: isFinalRecipientState(r.state),
    attempts: r.attempts,
    lastOutcome: r.last_outcome,
    lastDurationSeconds: r.last_duration_seconds,
    lastAttemptAt: r.last_attempt_at === null ? null : pgDate(r.last_attempt_at),
    tags: r.tags,
    disposition: r.disposition,
    comment: r.comment,
    fields: r.fields,
    originalLine: r.original_line,
    accountcode: r.accountcode,
    createdAt: pgDate(r.created_at),
  }));
}
