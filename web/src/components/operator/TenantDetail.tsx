'use client';
// One tenant for the operator: status, caps and usage (read again every few seconds), its
// actions, and its campaigns.
import Link from 'next/link';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { TenantActions } from './TenantActions';
import { TenantCampaigns } from './TenantCampaigns';
import { TenantStatusBadge } from './TenantStatusBadge';
import { capNote, capText } from './caps-text';
import { USAGE_POLL_MS } from './tenant-fields';
import styles from './operator.module.css';

const TenantQuery = graphql(`
  query OperatorTenantDetail($id: ID!) {
    tenant(id: $id) {
      ...OperatorTenant
    }
  }
`);

export function TenantDetail({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: TenantQuery, variables: { id } });
  useEffect(() => {
    const t = setInterval(() => reexecute({ requestPolicy: 'network-only' }), USAGE_POLL_MS);
    return () => clearInterval(t);
  }, [reexecute]);
  if (error && !data) return <p className="error">{errorMessage(error)}</p>;
  if (!data) return <div className="muted">Loading…</div>;
  const t = data.tenant;
  const facts: Array<[string, string, string]> = [
    ['Live calls', t.usage.liveCalls.toLocaleString(), capNote(t.caps.maxConcurrentCalls)],
    ['Running campaigns', t.usage.runningCampaigns.toLocaleString(), capNote(t.caps.maxActiveCampaigns)],
    ['Calls today', t.usage.callsToday.toLocaleString(), 'since 00:00 UTC'],
    ['Calls per second cap', capText(t.caps.callsPerSecond), 'new calls, all campaigns together'],
  ];

  return (
    <>
      <div className="pageHead">
        <div className="grow">
          <div className="small">
            <Link href="/operator/tenants">Tenants</Link> /
          </div>
          <h1>{t.name}</h1>
          <div className="muted small">Created {formatDateTime(t.createdAt)}</div>
        </div>
        <TenantActions tenant={t} />
      </div>
      <section className="card" aria-label="Tenant" data-testid="tenant-detail">
        <div style={{ marginBottom: 14 }}>
          <TenantStatusBadge status={t.status} reason={t.suspendedReason} since={t.suspendedAt} />
        </div>
        <dl className={styles.facts} style={{ margin: 0 }}>
          {facts.map(([label, value, note]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
              <div className="small muted">{note}</div>
            </div>
          ))}
        </dl>
      </section>
      <TenantCampaigns tenantId={t.id} />
    </>
  );
}
