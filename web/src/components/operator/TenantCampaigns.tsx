'use client';
// One tenant's campaigns as the operator sees them, with the two stops the operator may make:
// pause (RUNNING) and cancel (SCHEDULED, RUNNING, PAUSED; asked first, it cannot be undone).
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { CampaignStatus } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { StatusBadge } from '@/components/campaigns/StatusBadge';
import { RunStateBadge } from '@/components/campaigns/RunStateBadge';
import { asyncHandler } from '@/lib/async-handler';
import { USAGE_POLL_MS } from './tenant-fields';

const TenantCampaignsQuery = graphql(`
  query OperatorTenantCampaigns($tenantId: ID!) {
    campaigns(filter: { tenantIds: [$tenantId] }, first: 200) {
      nodes {
        id
        name
        type
        status
        runState
        runStateReason
        tenantId
        startedAt
        endedAt
        createdAt
      }
    }
  }
`);
const PauseAny = graphql(`
  mutation OperatorPauseCampaign($id: ID!) {
    pauseCampaign(id: $id) {
      id
      status
      runState
    }
  }
`);
const CancelAny = graphql(`
  mutation OperatorCancelCampaign($id: ID!) {
    cancelCampaign(id: $id) {
      id
      status
      runState
      endedAt
    }
  }
`);

const CANCELLABLE: CampaignStatus[] = ['SCHEDULED', 'RUNNING', 'PAUSED'];

export function TenantCampaigns({ tenantId }: { tenantId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: TenantCampaignsQuery, variables: { tenantId } });
  useEffect(() => {
    const t = setInterval(() => reexecute({ requestPolicy: 'network-only' }), USAGE_POLL_MS);
    return () => clearInterval(t);
  }, [reexecute]);
  const [paused, pause] = useMutation(PauseAny);
  const [cancelled, cancel] = useMutation(CancelAny);
  const [toCancel, setToCancel] = useState<{ id: string; name: string } | null>(null);
  const problem = error ?? paused.error ?? cancelled.error;
  const nodes = data?.campaigns.nodes ?? [];

  return (
    <section className="card" aria-label="Campaigns">
      <h2>Campaigns</h2>
      {problem && (
        <p className="error" role="alert">
          {errorMessage(problem)}
        </p>
      )}
      <table className="table" data-testid="tenant-campaigns">
        <thead>
          <tr>
            <th>Campaign</th>
            <th>Type</th>
            <th>Status</th>
            <th>Run state</th>
            <th>Started</th>
            <th>Ended</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {nodes.map((c) => (
            <tr key={c.id} data-testid="tenant-campaign-row">
              <td>
                <b>{c.name}</b>
                <div className="small muted">created {formatDateTime(c.createdAt)}</div>
              </td>
              <td>{humanize(c.type)}</td>
              <td data-testid="campaign-status">
                <StatusBadge value={c.status} />
              </td>
              <td>
                <RunStateBadge state={c.runState} reason={c.runStateReason} />
              </td>
              <td className="small">{formatDateTime(c.startedAt)}</td>
              <td className="small">{formatDateTime(c.endedAt)}</td>
              <td>
                <div className="row" style={{ gap: 6, justifyContent: 'flex-end' }}>
                  {c.status === 'RUNNING' && (
                    <button
                      type="button"
                      className="button small"
                      disabled={paused.fetching}
                      onClick={asyncHandler(() => pause({ id: c.id }))}
                    >
                      Pause
                    </button>
                  )}
                  {CANCELLABLE.includes(c.status) && (
                    <button type="button" className="button small danger" onClick={() => setToCancel({ id: c.id, name: c.name })}>
                      Cancel
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && nodes.length === 0 && <div className="empty">This tenant has no campaigns.</div>}
      {toCancel && (
        <ConfirmDialog
          open
          danger
          title={`Cancel ${toCancel.name}?`}
          confirmLabel="Cancel campaign"
          busy={cancelled.fetching}
          onConfirm={asyncHandler(async () => {
            const r = await cancel({ id: toCancel.id });
            if (r.data) setToCancel(null);
          })}
          onCancel={() => setToCancel(null)}
        >
          It stops dialing at once; its history records you as the one who cancelled it.
        </ConfirmDialog>
      )}
    </section>
  );
}
