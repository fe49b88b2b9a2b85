'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import type { ImportProgressSubscription } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { humanize } from '@/lib/format';
import { downloadRejections } from './upload';
import styles from './imports.module.css';
import { asyncHandler } from '@/lib/async-handler';

const JobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      fileName
      percent
      rowsRead
      imported
      rejected
      merged
      flaggedDnc
      error
      rejections(first: 100) {
        row
        column
        code
        reason
        line
      }
    }
  }
`);

type Live = ImportProgressSubscription['importProgress'];
const FINAL = ['COMPLETED', 'FAILED'];

/** Progress (pushed, with a slow poll as a fallback) and, at the end, the counts and rejected rows. */
export function ImportResult({
  importId,
  live,
  backHref,
  backLabel,
  onAgain,
}: {
  importId: string;
  live: Live | null;
  backHref: string;
  backLabel: string;
  onAgain(): void;
}) {
  const [{ data, error }, reexecute] = useQuery({ query: JobQuery, variables: { id: importId }, requestPolicy: 'network-only' });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const job = data?.importJob;
  const status = live?.status ?? job?.status ?? 'RUNNING';
  const done = FINAL.includes(status);
  useEffect(() => {
    if (done && job && !FINAL.includes(job.status)) reexecute({ requestPolicy: 'network-only' });
  }, [done, job, reexecute]);
  useEffect(() => {
    if (done) return;
    const t = setInterval(() => reexecute({ requestPolicy: 'network-only' }), 2000);
    return () => clearInterval(t);
  }, [done, reexecute]);
  const n = live && !(job && FINAL.includes(job.status)) ? live : job;
  if (error) return <p className="error">{errorMessage(error)}</p>;
  if (!n) return <p className="muted">Starting…</p>;
  return (
    <div className="card" data-testid="import-result" data-status={status}>
      <h2>{done ? (status === 'COMPLETED' ? 'Import finished' : 'Import failed') : 'Importing…'}</h2>
      <div className={styles.bar}>
        <div style={{ width: `${done ? 100 : n.percent}%` }} />
      </div>
      <div className={styles.counts}>
        <span>
          Rows read <b>{n.rowsRead}</b>
        </span>
        <span>
          Imported <b data-testid="imported">{n.imported}</b>
        </span>
        <span>
          Merged <b>{n.merged}</b>
        </span>
        <span>
          Flagged DNC <b>{n.flaggedDnc}</b>
        </span>
        <span>
          Rejected <b data-testid="rejected">{n.rejected}</b>
        </span>
      </div>
      {n.error && (
        <p className="error" role="alert">
          {n.error}
        </p>
      )}
      {done && job && job.rejections.length > 0 && (
        <>
          <h2 style={{ marginTop: 16 }}>Rejected rows{job.rejected > job.rejections.length ? ` (first ${job.rejections.length})` : ''}</h2>
          <table className="table" data-testid="rejections">
            <thead>
              <tr>
                <th className="num">Row</th>
                <th>Column</th>
                <th>Why</th>
                <th>Line</th>
              </tr>
            </thead>
            <tbody>
              {job.rejections.map((r) => (
                <tr key={`${r.row}-${r.column ?? ''}`}>
                  <td className="num">{r.row}</td>
                  <td>{r.column ?? '—'}</td>
                  <td>
                    {humanize(r.code)}: {r.reason}
                  </td>
                  <td className="mono small">{r.line}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button small"
            style={{ marginTop: 10 }}
            onClick={asyncHandler(() => downloadRejections(importId, job.fileName).catch((e: Error) => setDownloadError(e.message)))}
          >
            Download all as CSV
          </button>
          {downloadError && <span className="error small"> {downloadError}</span>}
        </>
      )}
      <div className="row" style={{ marginTop: 14 }}>
        <Link className="button primary" href={backHref}>
          {backLabel}
        </Link>
        <button type="button" className="button" onClick={onAgain}>
          Import another file
        </button>
      </div>
    </div>
  );
}
