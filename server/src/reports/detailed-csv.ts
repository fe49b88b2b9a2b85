import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { detailedReportPage, type DetailedFilter, type DetailedRow } from './detailed-report';

/** Rows fetched per query: large enough to amortise the round trip, small enough to stay flat. */
const BATCH = 2000;

export const CSV_COLUMNS = [
  'id',
  'external_id',
  'name',
  'numbers',
  'state',
  'final',
  'attempts',
  'last_outcome',
  'last_duration_seconds',
  'last_attempt_at',
  'tags',
  'disposition',
  'comment',
  'fields',
  'original_line',
  'accountcode',
] as const;

function toRecord(r: DetailedRow): Array<string | number> {
  return [
    r.id,
    r.externalId ?? '',
    r.name,
    r.numbers.join('|'),
    r.state,
    r.final ? 'yes' : 'no',
    r.attempts,
    r.lastOutcome ?? '',
    r.lastDurationSeconds ?? '',
    r.lastAttemptAt ? r.lastAttemptAt.toISOString() : '',
    r.tags.join('|'),
    r.disposition ?? '',
    r.comment ?? '',
    JSON.stringify(r.fields),
    r.originalLine ?? '',
    r.accountcode ?? '',
  ];
}

/** The report's rows, page after page; the next page is only fetched when the consumer wants more. */
async function* records(em: EntityManager, campaignId: string, filter: DetailedFilter): AsyncGenerator<Array<string | number>> {
  let after: string | null = null;
  for (;;) {
    const page = await detailedReportPage(em, campaignId, filter, after, BATCH);
    for (const row of page) yield toRecord(row);
    if (page.length < BATCH) return;
    after = page[page.length - 1]!.id;
  }
}

/**
 * Streams the detailed report as CSV into `out`. Batched keyset pages pulled through a
 * stream pipeline: backpressure from a slow client stops the queries, so memory stays flat
 * whatever the campaign's size. `fields` is one JSON column because recipients of one
 * campaign need not share the same variables; original_line keeps the row as imported.
 */
export async function writeDetailedCsv(em: EntityManager, campaignId: string, filter: DetailedFilter, out: Writable): Promise<void> {
  await pipeline(Readable.from(records(em, campaignId, filter)), stringify({ header: true, columns: [...CSV_COLUMNS] }), out);
}
