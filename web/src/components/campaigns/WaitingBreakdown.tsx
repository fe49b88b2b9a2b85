'use client';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useThrottled } from '@/lib/use-throttled';
import { runStateText } from './run-state-text';
import { WAITING_LABELS } from './waiting-text';

const BreakdownQuery = graphql(`
  query WaitingBreakdown($id: ID!) {
    campaign(id: $id) {
      id
      waitingBreakdown {
        reason
        count
        nextAt
        limit
      }
    }
  }
`);

/** One grouped query over the campaign's open recipients: refreshed with the page, at most every 10 s. */
const REFRESH_MS = 10_000;

/** The campaign's recipients still to call, by why they are not being called now (the dialer's own rules). */
export function WaitingBreakdown({ campaignId, tick }: { campaignId: string; tick: number }) {
  const [{ data, error }, reexecute] = useQuery({ query: BreakdownQuery, variables: { id: campaignId } });
  const refresh = useThrottled(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
  useEffect(() => {
    if (tick > 0) refresh();
  }, [tick, refresh]);
  const rows = data?.campaign.waitingBreakdown ?? [];
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <div className="card" data-testid="waiting-breakdown">
      <h2>Still to call: why not now</h2>
      {error && <p className="error">{errorMessage(error)}</p>}
      {data && rows.length === 0 && <p className="muted">Nobody is waiting to be called.</p>}
      {rows.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Reason</th>
              <th className="num">Recipients</th>
              <th>Next due</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reason} data-reason={r.reason}>
                <td>
                  {WAITING_LABELS[r.reason]}
                  {r.reason === 'LIMIT' && r.limit && <div className="small muted">{runStateText('BLOCKED', r.limit)}</div>}
                </td>
                <td className="num">
                  {r.count}
                  <span className="small muted"> · {Math.round((r.count / total) * 1000) / 10}%</span>
                </td>
                <td className="small">{r.nextAt ? formatDateTime(r.nextAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
