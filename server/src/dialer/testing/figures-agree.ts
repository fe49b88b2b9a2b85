import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { recipientCountsLoader } from '../../graphql/loaders/recipient-counts.loader';
import type { RecipientCounts } from '../../graphql/campaign/recipient-counts.type';
import { campaignStatistics } from '../../reports/campaign-statistics';
import { recountTally } from '../../reports/campaign-tally';
import { writeDetailedCsv } from '../../reports/detailed-csv';
import { detailedReportPage } from '../../reports/detailed-report';
import { rows } from '../sql-rows';
import { sqlArray } from '../../db/sql-array';

/** Spelled out here, not imported: the check must not share the definition it checks. */
const FINAL = ['CONTACTED', 'FAILED', 'STOPPED', 'EXPIRED', 'DNC'];

const field = (s: string) => s.toLowerCase().replace(/_(.)/g, (_m, c: string) => c.toUpperCase()) as keyof RecipientCounts;
const tally = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
const nonZero = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, n]) => n !== 0));

async function csvRows(em: EntityManager, campaignId: string): Promise<Array<Record<string, string>>> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  await writeDetailedCsv(em, campaignId, {}, sink);
  return parse(text, { columns: true }) as Array<Record<string, string>>;
}

/**
 * Issue 19: the live counters, campaignStatistics, the detailed report, its CSV export and the
 * rows themselves give the same figures, each figure with one meaning, and a recount finds no
 * drift in the tally. Returns the recipients by state (from the rows) for further checks.
 */
export async function assertFiguresAgree(em: EntityManager, campaignId: string): Promise<Record<string, number>> {
  const byStateRows = Object.fromEntries(
    (
      await rows<{ state: string; n: number }>(
        em,
        'select state, count(*)::int n from campaign_recipient where campaign_id = ? group by state',
        [campaignId],
      )
    ).map((r) => [r.state, r.n]),
  );
  const [truth] = await rows<{ counted: number; calls: number; answered: number; final: number }>(
    em,
    `select (select coalesce(sum(attempts), 0)::int from campaign_recipient where campaign_id = ?) counted,
       (select count(*)::int from call_attempt where campaign_id = ?) calls,
       (select count(*)::int from call_attempt where campaign_id = ? and answered_at is not null) answered,
       (select count(*)::int from campaign_recipient where campaign_id = ? and state::text = any(?::text[])) final`,
    [campaignId, campaignId, campaignId, campaignId, sqlArray(FINAL)],
  );
  const counts = await recipientCountsLoader(em).load(campaignId);
  const stats = await campaignStatistics(em, [campaignId]);
  const report = await detailedReportPage(em, campaignId, {}, null, 1_000_000);
  const csv = await csvRows(em, campaignId);

  const fromCounts = nonZero(Object.fromEntries(Object.values(RecipientState).map((s) => [s, counts[field(s)] as number])));
  const fromStats = Object.fromEntries(stats.byState.map((b) => [b.key, b.count]));
  assert.deepEqual(fromCounts, byStateRows, 'counters by state = rows');
  assert.deepEqual(fromStats, byStateRows, 'statistics by state = rows');
  assert.deepEqual(tally(report.map((r) => r.state)), byStateRows, 'report by state = rows');
  assert.deepEqual(tally(csv.map((r) => r.state!)), byStateRows, 'CSV by state = rows');

  const total = report.length;
  assert.deepEqual([counts.total, stats.recipients, csv.length], [total, total, total], 'recipients');
  const finals = [counts.final, stats.finalRecipients, report.filter((r) => r.final).length, csv.filter((r) => r.final === 'yes').length];
  assert.deepEqual(
    finals,
    [truth!.final, truth!.final, truth!.final, truth!.final],
    'final recipients (counters, statistics, report, CSV)',
  );
  assert.equal(stats.openRecipients, total - truth!.final, 'open recipients');

  const countedReport = report.reduce((s, r) => s + r.attempts, 0);
  const countedCsv = csv.reduce((s, r) => s + Number(r.attempts), 0);
  assert.deepEqual(
    [stats.countedAttempts, countedReport, countedCsv],
    [truth!.counted, truth!.counted, truth!.counted],
    'counted attempts',
  );
  const byAttempts = Object.fromEntries(stats.byAttempts.map((b) => [b.key, b.count]));
  assert.deepEqual(byAttempts, tally(report.map((r) => String(r.attempts))), 'byAttempts = report grouped by attempts');
  assert.deepEqual([stats.callsPlaced, stats.attempts, stats.answered], [truth!.calls, truth!.calls, truth!.answered], 'calls placed');
  assert.deepEqual(await recountTally(em, campaignId), [], 'the tally had not drifted from a full recount');
  return byStateRows;
}
