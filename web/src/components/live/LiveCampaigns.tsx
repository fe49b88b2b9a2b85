'use client';
import Link from 'next/link';
import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { useThrottled } from '@/lib/use-throttled';
import { StatusBadge } from '@/components/campaigns/StatusBadge';
import { runStateLabel, runStateText } from '@/components/campaigns/run-state-text';

const LiveCampaignsQuery = graphql(`
  query LiveCampaigns {
    campaigns(first: 100, filter: { status: [RUNNING, PAUSED, SCHEDULED] }) {
      nodes {
        id
        name
        status
        runState
        runStateReason
        priority
        scheduledAt
        recipientCounts {
          total
          ready
          dialing
          inCall
          contacted
          failed
          retryWait
        }
      }
    }
  }
`);
const LiveChanged = graphql(`
  subscription LiveCampaignChanged {
    campaignChanged {
      campaignId
      status
      runState
    }
  }
`);

/** Campaigns that are (or will be) dialing, with why they are not dialing right now. */
export function LiveCampaigns() {
  const [{ data, error }, reexecute] = useQuery({ query: LiveCampaignsQuery });
  const refresh = useThrottled(() => reexecute({ requestPolicy: 'network-only' }), 1500);
  useSubscription({ query: LiveChanged }, (_p, next) => {
    refresh();
    return next;
  });
  useEffect(() => {
    const t = setInterval(refresh, 5000);
    return () => clearInterval(t);
  }, [refresh]);
  if (error) return <p className="error">{errorMessage(error)}</p>;
  const rows = data?.campaigns.nodes ?? [];
  return (
    <table className="table compact" data-testid="live-campaigns">
      <thead>
        <tr>
          <th>Campaign</th>
          <th>Status</th>
          <th>Now</th>
          <th className="num">Priority</th>
          <th className="num">Dialing</th>
          <th className="num">In call</th>
          <th className="num">Ready</th>
          <th className="num">Retry wait</th>
          <th className="num">Contacted</th>
          <th className="num">Failed</th>
          <th className="num">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={11} className="empty">
              No campaign is running, paused or scheduled.
            </td>
          </tr>
        )}
        {rows.map((c) => (
          <tr key={c.id} data-testid="live-campaign-row">
            <td style={{ whiteSpace: 'nowrap' }}>
              <Link href={`/campaigns/${c.id}`}>
                <b>{c.name}</b>
              </Link>
            </td>
            <td>
              <StatusBadge value={c.status} />
            </td>
            <td className="small" style={{ minWidth: 120 }}>
              {c.status === 'RUNNING' ? (
                <span title={runStateText(c.runState, c.runStateReason)} data-testid="live-run-state">
                  {runStateLabel(c.runState)}
                  {c.runStateReason ? <span className="muted"> · {runStateText(c.runState, c.runStateReason)}</span> : null}
                </span>
              ) : c.status === 'SCHEDULED' && c.scheduledAt ? (
                new Date(c.scheduledAt).toLocaleString()
              ) : (
                '—'
              )}
            </td>
            <td className="num">{c.priority}</td>
            <td className="num">{c.recipientCounts.dialing}</td>
            <td className="num">{c.recipientCounts.inCall}</td>
            <td className="num">{c.recipientCounts.ready}</td>
            <td className="num">{c.recipientCounts.retryWait}</td>
            <td className="num">{c.recipientCounts.contacted}</td>
            <td className="num">{c.recipientCounts.failed}</td>
            <td className="num">{c.recipientCounts.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
