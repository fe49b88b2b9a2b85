import { graphql } from '@/gql';
import type { WaitingBreakdownFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { runStateText } from './run-state-text';
import { WAITING_LABELS } from './waiting-text';

export const WaitingBreakdownFields = graphql(`
  fragment WaitingBreakdown on Campaign {
    waitingBreakdown {
      reason
      count
      nextAt
      limit
    }
  }
`);

/** The campaign's recipients still to call, by why they are not being called now (the dialer's own rules). */
export function WaitingBreakdown({ campaign }: { campaign: WaitingBreakdownFragment }) {
  const rows = campaign.waitingBreakdown;
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <div className="card" data-testid="waiting-breakdown">
      <h2>Still to call: why not now</h2>
      {rows.length === 0 ? (
        <p className="muted">Nobody is waiting to be called.</p>
      ) : (
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
