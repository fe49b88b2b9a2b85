'use client';
// Who changed what, newest first. One panel for both readers: the platform operator sees every
// tenant and may filter by tenant; a tenant's admin sees its own (the API scopes it either way).
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import type { AuditAction } from '@/gql/graphql';
import { errorMessage } from '@/lib/errors';
import { formatDateTime, humanize } from '@/lib/format';
import { hasPermission, useViewer } from '@/components/shell/viewer';
import { AuditChanges } from './AuditChanges';

const AuditQuery = graphql(`
  query AuditLog($filter: AuditFilterInput, $first: Int!) {
    auditLog(filter: $filter, first: $first) {
      nodes {
        id
        at
        action
        actorKind
        actorLabel
        actorTenantId
        tenantId
        tenantName
        targetType
        targetId
        changes
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
const TenantNamesQuery = graphql(`
  query AuditTenantNames {
    tenants {
      id
      name
    }
  }
`);

const ACTIONS: AuditAction[] = [
  'TENANT_CREATED',
  'TENANT_UPDATED',
  'TENANT_SUSPENDED',
  'TENANT_RESUMED',
  'TENANT_SETTINGS_UPDATED',
  'USER_CREATED',
  'USER_UPDATED',
  'USER_PASSWORD_RESET',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'GATEWAY_CREATED',
  'GATEWAY_UPDATED',
  'GATEWAY_DELETED',
  'CALENDAR_CREATED',
  'CALENDAR_UPDATED',
  'CALENDAR_DELETED',
  'DNC_LIST_ENTRIES_ADDED',
  'DNC_LIST_ENTRIES_REMOVED',
  'DNC_LIST_IMPORTED',
];
const PAGE = 50;

export function AuditLogPanel() {
  const operator = hasPermission(useViewer(), 'PLATFORM');
  const [tenantId, setTenantId] = useState('');
  const [action, setAction] = useState('');
  const [first, setFirst] = useState(PAGE);
  const filter = { ...(tenantId ? { tenantIds: [tenantId] } : {}), ...(action ? { actions: [action as AuditAction] } : {}) };
  const [{ data, error, fetching }] = useQuery({ query: AuditQuery, variables: { filter, first } });
  const [tenants] = useQuery({ query: TenantNamesQuery, pause: !operator });
  const nodes = data?.auditLog.nodes ?? [];

  return (
    <>
      <div className="card row" role="search" aria-label="Audit filter">
        {operator && (
          <label className="field">
            <span>Tenant</span>
            <select name="tenant" value={tenantId} onChange={(e) => setTenantId(e.target.value)}>
              <option value="">All tenants</option>
              {tenants.data?.tenants.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>Action</span>
          <select name="action" value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">All actions</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {humanize(a)}
              </option>
            ))}
          </select>
        </label>
        {fetching && <span className="muted small">Loading…</span>}
      </div>
      {error && (
        <p className="error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <table className="table" data-testid="audit-log">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            {operator && <th>Tenant</th>}
            <th>What</th>
            <th>Changes</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-action={e.action}>
              <td className="small" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(e.at)}
              </td>
              <td>
                {e.actorLabel}
                <div className="small muted">
                  {humanize(e.actorKind)}
                  {operator && e.actorTenantId && e.actorTenantId !== e.tenantId ? ' · platform operator' : ''}
                </div>
              </td>
              {operator && <td data-testid="audit-tenant">{e.tenantName}</td>}
              <td>
                <b>{humanize(e.action)}</b>
                <div className="small muted">
                  {e.targetType}
                  {e.targetId ? ` ${e.targetId.length > 24 ? `${e.targetId.slice(0, 8)}…` : e.targetId}` : ''}
                </div>
              </td>
              <td>
                <AuditChanges changes={e.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && nodes.length === 0 && <div className="empty">No entries.</div>}
      {data?.auditLog.pageInfo.hasNextPage && (
        <button type="button" className="button" style={{ marginTop: 12 }} onClick={() => setFirst(first + PAGE)}>
          Show {PAGE} more
        </button>
      )}
    </>
  );
}
