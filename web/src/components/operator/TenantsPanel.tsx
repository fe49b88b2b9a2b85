'use client';
// Every tenant of the platform with its status, caps and usage, read again every few seconds
// (usage is computed per request; no subscription carries it).
import Link from 'next/link';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { CreateTenantForm } from './CreateTenantForm';
import { TenantActions } from './TenantActions';
import { TenantCaps } from './TenantCaps';
import { TenantStatusBadge } from './TenantStatusBadge';
import { UsageFigure } from './UsageFigure';
import { USAGE_POLL_MS } from './tenant-fields';
import styles from './operator.module.css';

const TenantsQuery = graphql(`
  query OperatorTenants {
    tenants {
      ...OperatorTenant
    }
  }
`);

export function TenantsPanel() {
  const [{ data, error }, reexecute] = useQuery({ query: TenantsQuery });
  useEffect(() => {
    const t = setInterval(() => reexecute({ requestPolicy: 'network-only' }), USAGE_POLL_MS);
    return () => clearInterval(t);
  }, [reexecute]);

  return (
    <>
      <CreateTenantForm onCreated={() => reexecute({ requestPolicy: 'network-only' })} />
      {error && (
        <p className="error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <table className="table" data-testid="tenants">
        <thead>
          <tr>
            <th>Tenant</th>
            <th>Status</th>
            <th>Caps</th>
            <th className="num">Live calls</th>
            <th className="num">Running campaigns</th>
            <th className="num">Calls today</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.tenants.map((t) => (
            <tr key={t.id} data-testid="tenant-row" className={t.status === 'SUSPENDED' ? styles.suspendedRow : undefined}>
              <td>
                <Link href={`/operator/tenants/${t.id}`}>
                  <b>{t.name}</b>
                </Link>
                <div className="small muted">created {formatDateTime(t.createdAt)}</div>
              </td>
              <td>
                <TenantStatusBadge status={t.status} reason={t.suspendedReason} />
              </td>
              <td>
                <TenantCaps caps={t.caps} />
              </td>
              <td className="num" data-testid="live-calls">
                <UsageFigure value={t.usage.liveCalls} cap={t.caps.maxConcurrentCalls} />
              </td>
              <td className="num" data-testid="running-campaigns">
                <UsageFigure value={t.usage.runningCampaigns} cap={t.caps.maxActiveCampaigns} />
              </td>
              <td className="num" data-testid="calls-today">
                <UsageFigure value={t.usage.callsToday} />
              </td>
              <td>
                <TenantActions tenant={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.tenants.length === 0 && <div className="empty">No tenants yet.</div>}
    </>
  );
}
